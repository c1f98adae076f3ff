package org.spoor.ingest.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The framing of the parent ↔ worker conversation over the worker's stdin and stdout. Each frame starts with
 * a magic number so that stray bytes a parser prints (it should not reach stdout, but native code might) are
 * detected as a broken worker instead of being misread.
 */
public final class WorkerChannel {

    static final int REQUEST_MAGIC = 0x53505251;  // "SPRQ"
    static final int FRAME_MAGIC = 0x53504652;    // "SPFR"

    private WorkerChannel() {
    }

    /** One file to extract, as the worker receives it. */
    public record Request(Path file, String displayName, Path scratchDir) {
    }

    public static void writeRequest(DataOutputStream out, Request request) throws IOException {
        out.writeInt(REQUEST_MAGIC);
        WireFormat.writeString(out, request.file().toString());
        WireFormat.writeString(out, request.displayName());
        WireFormat.writeString(out, request.scratchDir().toString());
        out.flush();
    }

    /** The next request, or null when the parent closed the channel (time to exit). */
    public static Request readRequest(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (java.io.EOFException closed) {
            return null;
        }
        if (magic != REQUEST_MAGIC) {
            throw new IOException("not a request on the worker channel");
        }
        return new Request(Path.of(WireFormat.readString(in)), WireFormat.readString(in),
                Path.of(WireFormat.readString(in)));
    }

    public static void writeFrame(DataOutputStream out, WorkerFrame frame) throws IOException {
        out.writeInt(FRAME_MAGIC);
        if (frame instanceof WorkerFrame.Ready) {
            out.writeByte('R');
        } else if (frame instanceof WorkerFrame.Begin begin) {
            out.writeByte('B');
            out.writeLong(begin.id());
            out.writeLong(begin.parentId());
            WireFormat.writeString(out, begin.name());
            WireFormat.writeString(out, begin.bytesPath());
        } else if (frame instanceof WorkerFrame.Finished done) {
            out.writeByte('F');
            writeFinished(out, done);
        } else if (frame instanceof WorkerFrame.Done done) {
            out.writeByte('D');
            out.writeBoolean(done.retiring());
        }
        out.flush();
    }

    private static void writeFinished(DataOutputStream out, WorkerFrame.Finished item) throws IOException {
        out.writeLong(item.id());
        WireFormat.writeString(out, item.mediaType());
        WireFormat.writeString(out, item.text());
        WireFormat.writeString(out, item.language());
        WireFormat.writeMetadata(out, item.metadata());
        WireFormat.writePhoto(out, item.photo());
        out.writeBoolean(item.ocrApplied());
        WireFormat.writeProblem(out, item.problem());
    }

    public static WorkerFrame readFrame(DataInputStream in) throws IOException {
        if (in.readInt() != FRAME_MAGIC) {
            throw new IOException("unexpected bytes on the worker channel (a parser wrote to stdout?)");
        }
        int type = in.readByte();
        switch (type) {
            case 'R':
                return new WorkerFrame.Ready();
            case 'B':
                return new WorkerFrame.Begin(in.readLong(), in.readLong(), WireFormat.readString(in),
                        WireFormat.readString(in));
            case 'F':
                return new WorkerFrame.Finished(in.readLong(), WireFormat.readString(in), WireFormat.readString(in),
                        WireFormat.readString(in), WireFormat.readMetadata(in), WireFormat.readPhoto(in),
                        in.readBoolean(), WireFormat.readProblem(in));
            case 'D':
                return new WorkerFrame.Done(in.readBoolean());
            default:
                throw new IOException("unknown frame type on the worker channel: " + type);
        }
    }
}
