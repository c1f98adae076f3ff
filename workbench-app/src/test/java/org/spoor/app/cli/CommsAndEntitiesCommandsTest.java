package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.comms.PhoneCorpusCase;

/** {@code spoor comms} and {@code spoor entities} on the public corpus's phone files, as scripts read them. */
class CommsAndEntitiesCommandsTest {

    @TempDir
    static Path temp;

    private static Path phoneCase;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void importThePhones() throws Exception {
        phoneCase = PhoneCorpusCase.create(temp.resolve("bedrock.spoor"));
    }

    @BeforeEach
    void password() {
        cli.environment.put("SPOOR_PASSWORD", TestCases.PASSWORD);
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(cli.run(args)).as(cli.err).isZero();
        return new ObjectMapper().readTree(cli.out);
    }

    private static List<JsonNode> where(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(node -> {
            if (value.equals(node.path(field).asText())) {
                found.add(node);
            }
        });
        return found;
    }

    @Test
    void commsListsTheNineSmsOfMmssmsWithUtcTimesDirectionsNumbersAndTheirSource() throws Exception {
        JsonNode doc = json("comms", phoneCase.toString(), "--json");

        List<JsonNode> sms = where(doc.path("messages"), "fileName", "mmssms.db");
        assertThat(sms).hasSize(9);
        JsonNode first = sms.stream().filter(m -> m.path("locator").asText().equals("sms:_id=1")).findFirst()
                .orElseThrow();
        assertThat(first.path("ref").asText()).startsWith("SPR-");
        assertThat(first.path("time").asText()).isEqualTo("2013-10-29T16:56:28.038Z");
        assertThat(first.path("direction").asText()).isEqualTo("OUTGOING");
        assertThat(first.path("body").asText()).isEqualTo("Yo Fred this is my new number.");
        // Area code 555 is fictional: libphonenumber refuses it, so the number stays as the phone wrote it.
        assertThat(first.path("recipients").get(0).path("raw").asText()).isEqualTo("1 555-521-5554");
        assertThat(first.path("recipients").get(0).path("number").isNull()).isTrue();
        JsonNode reply = sms.stream().filter(m -> m.path("locator").asText().equals("sms:_id=3")).findFirst()
                .orElseThrow();
        assertThat(reply.path("direction").asText()).isEqualTo("INCOMING");
        assertThat(reply.path("sender").path("raw").asText()).isEqualTo("15555215554");
        assertThat(reply.path("offset").asText()).isEmpty();
        assertThat(doc.path("totals").path("messages").asInt()).isEqualTo(doc.path("messages").size());
    }

    @Test
    void commsListsTheThreeCallsWithBarneyWithDurationsAndWhetherTheyWereAnswered() throws Exception {
        JsonNode doc = json("comms", phoneCase.toString(), "--json");

        List<JsonNode> calls = new ArrayList<>();
        doc.path("calls").forEach(call -> {
            if (PhoneCorpusCase.BARNEY.equals(call.path("party").path("number").asText())) {
                calls.add(call);
            }
        });
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(c -> c.path("party").path("name").asText()).containsOnly("Barney");
        assertThat(calls).extracting(c -> c.path("durationSeconds").asLong()).containsExactly(0L, 126L, 639L);
        assertThat(calls).extracting(c -> c.path("direction").asText())
                .containsExactly("INCOMING", "OUTGOING", "INCOMING");
        assertThat(calls).extracting(c -> c.path("answered").asBoolean()).containsExactly(false, true, true);
        assertThat(calls).extracting(c -> c.path("fileName").asText()).containsOnly("contacts2.db");
        assertThat(calls.get(0).path("locator").asText()).isEqualTo("calls:_id=714");
        assertThat(calls.get(0).path("time").asText()).isEqualTo("2013-11-06T21:17:16.690Z");
    }

    @Test
    void theNumberInTheSeizedNoteAndInTheCallLogIsOneEntityWithBothSources() throws Exception {
        JsonNode doc = json("entities", phoneCase.toString(), "--type", "phone", "--json");

        assertThat(doc.path("type").asText()).isEqualTo("PHONE");
        List<JsonNode> barney = where(doc.path("entities"), "key", PhoneCorpusCase.BARNEY);
        assertThat(barney).hasSize(1);
        List<String> files = new ArrayList<>();
        barney.get(0).path("sources").forEach(source -> files.add(source.path("fileName").asText()));
        assertThat(files).contains("so-ghi-chep.txt", "contacts2.db");
        JsonNode inNote = where(barney.get(0).path("sources"), "fileName", "so-ghi-chep.txt").get(0);
        assertThat(inNote.path("raw").asText()).isEqualTo("+1 540-456-1685");
        assertThat(inNote.path("ref").asText()).startsWith("SPR-");
        assertThat(where(barney.get(0).path("sources"), "locator", "calls:_id=715")).hasSize(1);
        doc.path("entities").forEach(entity -> assertThat(entity.path("type").asText()).isEqualTo("PHONE"));
    }

    @Test
    void anUnknownTypeExitsOneListingTheTypes() {
        assertThat(cli.run("entities", phoneCase.toString(), "--type", "tiger")).isEqualTo(1);
        assertThat(cli.err).contains("tiger", "PHONE", "SPECIES", "VEHICLE_PLATE");
    }

    @Test
    void theTextListingNamesEachSourceByExhibitAndFile() {
        assertThat(cli.run("entities", phoneCase.toString(), "--type", "Species")).isZero();
        assertThat(cli.out).contains("SPECIES", "so-ghi-chep.txt");
        assertThat(cli.run("comms", phoneCase.toString())).isZero();
        assertThat(cli.out).contains("Yo Fred this is my new number.", "+15404561685 (Barney)");
    }
}
