package org.spoor.ingest.phone.leapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Call;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.ingest.phone.CompanionFiles;
import org.spoor.ingest.phone.InMemoryPhoneRecordSink;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;

class LeappParsersTest {

    @TempDir
    Path folder;

    private final LeappTsvParser tsv = new LeappTsvParser();
    private final LeappLavaParser lava = new LeappLavaParser();

    private InMemoryPhoneRecordSink parse(PhoneArtifactParser parser, Path file) throws Exception {
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        parser.parse(file, new PhoneParseContext(9, "VN", CompanionFiles.none(), folder), sink);
        return sink;
    }

    @Test
    void aleappSmsTsvBecomesAThreadOfMessagesWithQuotedCellsReadWhole() throws Exception {
        Path file = LeappFixtures.androidSms(folder.resolve("_TSV Exports/sms messages.tsv"));

        assertThat(tsv.accepts(file, "text/tab-separated-values")).isTrue();
        var sink = parse(tsv, file);

        assertThat(sink.conversations()).singleElement().satisfies(c -> assertThat(c.key()).isEqualTo("thread:3"));
        assertThat(sink.messages()).extracting(Message::direction).containsExactly(Direction.INCOMING,
                Direction.OUTGOING);
        Message received = sink.messages().get(0);
        assertThat(received.body()).isEqualTo("Hàng tới,\t120 kg \"vảy\"\nmai giao");
        assertThat(received.sender().normalised()).isEqualTo("+84912345678");
        assertThat(received.sentAt().instant()).isEqualTo(Instant.parse("2023-03-16T07:30:00Z"));
        assertThat(received.source().locator()).isEqualTo("row:1");
        assertThat(sink.messages().get(1).recipients()).extracting(p -> p.normalised()).containsExactly("+84912345678");
        assertThat(sink.messages().get(1).source().locator()).isEqualTo("row:2");
    }

    @Test
    void whatsAppMessagesNameTheOtherPartyByTheNumberInTheirJid() throws Exception {
        var messages = parse(tsv, LeappFixtures.whatsAppMessages(folder.resolve("WhatsApp - Messages.tsv")))
                .messages();

        assertThat(messages).extracting(Message::service).containsOnly("WhatsApp");
        assertThat(messages.get(0).direction()).isEqualTo(Direction.INCOMING);
        assertThat(messages.get(0).sender().normalised()).isEqualTo("+84912345678");
        assertThat(messages.get(1).recipients()).extracting(p -> p.normalised()).containsExactly("+84912345678");
        assertThat(messages.get(1).body()).isEqualTo("Giá?");
    }

    @Test
    void timesAreReadAsTheToolsWriteThem() {
        assertThat(LeappValues.time("2023-03-16 07:03:22").instant()).isEqualTo(Instant.parse("2023-03-16T07:03:22Z"));
        assertThat(LeappValues.time("2023-03-16 14:03:22+07:00").originalOffset()).isEqualTo("+07:00");
        assertThat(LeappValues.time("2023-03-16 07:03:22.250000").instant())
                .isEqualTo(Instant.parse("2023-03-16T07:03:22.250Z"));
        assertThat(LeappValues.time("1678951800").instant()).isEqualTo(Instant.ofEpochSecond(1678951800));
        assertThat(LeappValues.time("1678951800123").instant()).isEqualTo(Instant.ofEpochMilli(1678951800123L));
        assertThat(LeappValues.time("")).isNull();
        assertThat(LeappValues.time("gestern")).isNull();
        assertThat(LeappValues.seconds("00:03:20")).isEqualTo(200L);
    }

    @Test
    void aleappCallLogsKeepDirectionDurationAndAnsweredDespiteTheHtmlIcons() throws Exception {
        Path file = LeappFixtures.androidCalls(folder.resolve("Call Logs.tsv"));

        var calls = parse(tsv, file).calls();

        assertThat(calls).extracting(Call::direction).containsExactly(Direction.OUTGOING, Direction.INCOMING);
        assertThat(calls).extracting(Call::durationSeconds).containsExactly(95L, 0L);
        assertThat(calls).extracting(Call::answered).containsExactly(true, false);
        assertThat(calls.get(0).counterpart().normalised()).isEqualTo("+84912345678");
    }

    @Test
    void contactsOfBothToolsAndLocationsAreMapped() throws Exception {
        var android = parse(tsv, LeappFixtures.androidContacts(folder.resolve("Contacts.tsv"))).contacts();
        var ios = parse(tsv, LeappFixtures.iosAddressBook(folder.resolve("Address Book.tsv"))).contacts();
        var places = parse(tsv, LeappFixtures.locations(folder.resolve("Locations.tsv"))).locations();

        assertThat(android).hasSize(2).allMatch(c -> "Anh Hùng".equals(c.displayName()));
        assertThat(android.get(0).identifiers()).extracting(ContactIdentifier::normalised)
                .containsExactly("+84912345678");
        assertThat(ios).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Mai Trần");
            assertThat(c.identifiers()).extracting(ContactIdentifier::label).containsExactly("mobile", "home", "work");
            assertThat(c.identifiers().get(0).normalised()).isEqualTo("+84987654321");
        });
        assertThat(places).hasSize(2);
        assertThat(places.get(0).latitude()).isEqualTo(18.3901);
        assertThat(places.get(0).accuracyMetres()).isEqualTo(12.5);
        assertThat(places.get(0).label()).isEqualTo("Cầu Treo");
        assertThat(places.get(1).recordedAt().instant()).isEqualTo(Instant.parse("2023-03-16T09:10:00Z"));
    }

    @Test
    void anArtifactSpoorDoesNotMapAndOrdinaryTsvAreNotClaimed() throws Exception {
        Path chrome = LeappFixtures.chromeHistory(folder.resolve("Chrome History.tsv"));
        Path sheet = Files.writeString(folder.resolve("weights.tsv"), "Ngày\tKg\n2023-03-16\t120\n");

        assertThat(tsv.accepts(chrome, "text/tab-separated-values")).isFalse();
        assertThat(tsv.accepts(sheet, "text/tab-separated-values")).isFalse();
    }

    @Test
    void aKnownArtifactOfAnUnknownVersionIsNamedWithTheColumnsItLacks() throws Exception {
        Path file = LeappFixtures.androidCallsOfAnUnknownVersion(folder.resolve("Call Logs.tsv"));

        assertThat(tsv.accepts(file, null)).isTrue();
        assertThatThrownBy(() -> parse(tsv, file)).isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("unknown version").hasMessageContaining("Type, Duration in Secs")
                .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                        .isEqualTo("phone.parse.leappUnknownVersion"));
    }

    @Test
    void aTsvCutInsideAQuotedCellIsNamedAsDamaged() throws Exception {
        Path whole = LeappFixtures.androidSms(folder.resolve("sms messages.tsv"));
        String text = Files.readString(whole, StandardCharsets.UTF_8);
        Path cut = Files.writeString(folder.resolve("cut.tsv"), text.substring(0, text.indexOf("mai giao")));

        assertThat(tsv.accepts(cut, null)).isTrue();
        assertThatThrownBy(() -> parse(tsv, cut)).isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("quoted cell")
                .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                        .isEqualTo("phone.parse.leappDamagedTsv"));
    }

    @Test
    void theLavaDatabaseIsRecognisedByItsSchemaAndItsArtifactTablesByTheirColumns() throws Exception {
        Path db = LeappFixtures.lava(folder.resolve("report/_lava_artifacts.db"));

        assertThat(lava.accepts(db, "application/x-sqlite3")).isTrue();
        assertThat(tsv.accepts(db, null)).isFalse();
        var sink = parse(lava, db);

        assertThat(sink.messages()).extracting(Message::direction).containsExactly(Direction.INCOMING,
                Direction.OUTGOING);
        assertThat(sink.messages().get(0).sentAt().instant()).isEqualTo(Instant.ofEpochSecond(1678951800));
        assertThat(sink.messages().get(0).service()).isEqualTo("iMessage");
        assertThat(sink.messages().get(0).source().locator()).isEqualTo("sms:rowid=1");
        assertThat(sink.calls()).singleElement().satisfies(c -> {
            assertThat(c.durationSeconds()).isEqualTo(200L);
            assertThat(c.answered()).isTrue();
            assertThat(c.direction()).isEqualTo(Direction.INCOMING);
            assertThat(c.counterpart().displayName()).isEqualTo("Anh Hùng");
            assertThat(c.source().locator()).isEqualTo("callhistory:rowid=1");
        });
    }

    @Test
    void anOrdinarySqliteDatabaseIsNotTakenForLava() throws Exception {
        Path db = folder.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE sms (message TEXT, message_timestamp INTEGER)");
            st.execute("INSERT INTO sms VALUES ('x', 1)");
        }
        assertThat(lava.accepts(db, null)).isFalse();
    }
}
