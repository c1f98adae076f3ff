package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ContactRepository;
import org.spoor.comms.Direction;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.MessageRepository;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.Exhibit;
import org.spoor.ingest.phone.leapp.LeappFixtures;
import org.spoor.ingest.phone.xry.XryFixtures;

/**
 * A seized phone's report folder holding an XRY text export and an ALEAPP report (TSV exports and
 * the LAVA database), imported into a real case: comms rows cite their exhibit and row, damaged or
 * unknown files are named while the rest lands, and one number is one entity across both tools.
 */
class LeappAndXryImportTest {

    @TempDir
    Path temp;

    @Test
    void xryAndLeappReportsLandAsCommsThatCiteTheirRowsAndShareTheirEntities() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("phone-reports"));
        XryFixtures.write(seized.resolve("xry/Messages-SMS.txt"), XryFixtures.MESSAGES, true);
        XryFixtures.write(seized.resolve("xry/Calls.txt"), XryFixtures.CALLS, false);
        byte[] contacts = XryFixtures.utf16le(XryFixtures.CONTACTS_AND_DEVICE, true);
        Files.write(seized.resolve("xry/Contacts-Contacts.txt"), Arrays.copyOf(contacts, contacts.length - 3));
        Path tsv = seized.resolve("aleapp/_TSV Exports");
        LeappFixtures.androidCalls(tsv.resolve("Call Logs.tsv"));
        LeappFixtures.androidContacts(tsv.resolve("Contacts.tsv"));
        LeappFixtures.locations(tsv.resolve("Locations.tsv"));
        LeappFixtures.chromeHistory(tsv.resolve("Chrome History.tsv"));
        LeappFixtures.androidCallsOfAnUnknownVersion(tsv.resolve("Call Logs v9.tsv"));
        LeappFixtures.lava(seized.resolve("aleapp/_lava_artifacts.db"));

        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport report = ImportFixtures.importInto(caseFile, seized);

            assertThat(report.problems()).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                    seized.resolve("xry/Contacts-Contacts.txt").toString(),
                    tsv.resolve("Call Logs v9.tsv").toString());
            assertThat(report.problems()).allMatch(ImportProblem::stored)
                    .anySatisfy(p -> assertThat(p.reason()).contains("truncated XRY export"))
                    .anySatisfy(p -> assertThat(p.reason()).contains("unknown version")
                            .contains("Type, Duration in Secs"));

            long xryCalls = exhibit(caseFile, "Calls.txt");
            var calls = new CallRepository(caseFile.db()).findByExhibit(xryCalls);
            assertThat(calls).extracting(Call::direction, Call::durationSeconds, c -> c.source().locator())
                    .containsExactlyInAnyOrder(tuple(Direction.INCOMING, null, "line:7 Calls #1"),
                            tuple(Direction.OUTGOING, 125L, "line:13 Calls #2"),
                            tuple(Direction.INCOMING, 20L, "line:21 Calls #3"));
            assertThat(calls).allSatisfy(c -> assertThat(c.source().exhibitId()).isEqualTo(xryCalls));

            long leappCalls = exhibit(caseFile, "Call Logs.tsv");
            assertThat(new CallRepository(caseFile.db()).findByExhibit(leappCalls))
                    .extracting(Call::durationSeconds, Call::answered)
                    .containsExactlyInAnyOrder(tuple(95L, true), tuple(0L, false));

            long xryMessages = exhibit(caseFile, "Messages-SMS.txt");
            var messages = new MessageRepository(caseFile.db()).findByExhibit(xryMessages);
            assertThat(messages).hasSize(3);
            assertThat(messages).filteredOn(m -> m.source().locator().equals("line:7 Messages-SMS #1"))
                    .singleElement().satisfies(m -> {
                        assertThat(m.sentAt().originalOffset()).isEqualTo("+07:00");
                        assertThat(m.direction()).isEqualTo(Direction.INCOMING);
                    });

            long lava = exhibit(caseFile, "_lava_artifacts.db");
            assertThat(new MessageRepository(caseFile.db()).countByExhibit(lava)).isEqualTo(2);
            assertThat(new CallRepository(caseFile.db()).findByExhibit(lava)).singleElement()
                    .satisfies(c -> assertThat(c.source().locator()).isEqualTo("callhistory:rowid=1"));
            assertThat(new ContactRepository(caseFile.db()).findByExhibit(exhibit(caseFile, "Contacts.tsv")))
                    .hasSize(2);
            assertThat(new LocationRepository(caseFile.db()).findByExhibit(exhibit(caseFile, "Locations.tsv")))
                    .extracting(l -> l.source().locator()).containsExactly("row:1", "row:2");
            assertThat(new MessageRepository(caseFile.db()).exhibitIds())
                    .doesNotContain(exhibit(caseFile, "Chrome History.tsv"));

            EntityRepository entities = new EntityRepository(caseFile.db());
            long hung = entities.find(EntityType.PHONE, "+84912345678").orElseThrow().id();
            assertThat(entities.sourcesOf(hung)).extracting(EntitySource::exhibitId)
                    .contains(xryCalls, xryMessages, leappCalls, lava);
        }
    }

    private static long exhibit(CaseFile caseFile, String name) {
        return caseFile.exhibits().all().stream().filter(e -> e.originalName().equals(name)).map(Exhibit::id)
                .findFirst().orElseThrow();
    }
}
