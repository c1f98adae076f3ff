package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerChannelTest {

    @Test
    void framesSurviveTheTripFromWorkerToParent() throws IOException {
        PhotoFacts photo = new PhotoFacts(21.025, 105.855, Instant.parse("2024-03-05T07:30:00Z"), "+07:00",
                "Xiaomi", null);
        List<WorkerFrame> sent = List.of(new WorkerFrame.Ready(),
                new WorkerFrame.Begin(0, -1, "ledger.zip", null),
                new WorkerFrame.Begin(1, 0, "../../sổ cái.txt", "/scratch/e000001.txt"),
                new WorkerFrame.Finished(1, "text/plain", "vảy tê tê 120 kg", "vi",
                        Map.of("dc:creator", List.of("Nguyễn", "Trần")), photo, true, null),
                new WorkerFrame.Finished(0, "application/zip", "", null, Map.of(), null, false,
                        ExtractionProblem.of(ExtractionProblem.Kind.TOO_LARGE, "possible zip bomb")),
                new WorkerFrame.Done(true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (WorkerFrame frame : sent) {
            WorkerChannel.writeFrame(out, frame);
        }

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        for (WorkerFrame frame : sent) {
            assertThat(WorkerChannel.readFrame(in)).isEqualTo(frame);
        }
    }

    @Test
    void strayBytesOnTheChannelAreRefusedNotMisread() {
        byte[] garbage = "Hello from a parser that printed to stdout".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WorkerChannel.readFrame(new DataInputStream(new ByteArrayInputStream(garbage))))
                .isInstanceOf(IOException.class).hasMessageContaining("unexpected bytes");
    }

    @Test
    void requestsRoundTripAndAClosedChannelMeansNoMoreWork() throws IOException {
        WorkerChannel.Request request = new WorkerChannel.Request(Path.of("/evidence/a b.pdf"), "a b.pdf",
                Path.of("/scratch/1"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerChannel.writeRequest(new DataOutputStream(bytes), request);

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(WorkerChannel.readRequest(in)).isEqualTo(request);
        assertThat(WorkerChannel.readRequest(in)).isNull();
    }
}
