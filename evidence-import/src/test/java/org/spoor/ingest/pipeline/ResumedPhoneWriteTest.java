package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoor.casefile.db.Tables.IMPORT_ITEM;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.CommsImportState;
import org.spoor.comms.MessageRepository;
import org.spoor.exhibit.Exhibit;

/** A phone database whose write was cut off (import killed mid-write) is read again when the import resumes. */
class ResumedPhoneWriteTest {

    @TempDir
    Path temp;

    @Test
    void aResumedImportRewritesAnUnfinishedPhoneWriteOnceAndWhole() throws Exception {
        Path seized = ImportFixtures.seizedSmsDatabase(temp);
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportFixtures.importInto(caseFile, seized);
            Exhibit store = caseFile.exhibits().all().stream()
                    .filter(e -> e.originalName().equals("mmssms.db")).findFirst().orElseThrow();
            MessageRepository messages = new MessageRepository(caseFile.db());
            long whole = messages.countByExhibit(store.id());
            // What a kill mid-write leaves: the write's mark still set, the file not yet marked done.
            new CommsImportState(caseFile.db()).begin(store.id());
            caseFile.db().update(IMPORT_ITEM).set(IMPORT_ITEM.STATUS, "STARTED").execute();

            ImportFixtures.importInto(caseFile, seized);

            assertThat(whole).isPositive();
            assertThat(messages.countByExhibit(store.id())).isEqualTo(whole);
            assertThat(new CommsImportState(caseFile.db()).isUnfinished(store.id())).isFalse();
        }
    }

    @Test
    void aCutOffWriteNeverResumedShowsNoPartOfThePhoneAfterReopeningAndIsReadOnResume() throws Exception {
        Path seized = ImportFixtures.seizedSmsDatabase(temp);
        Path dir = temp.resolve("c.spoor");
        long exhibitId;
        long whole;
        try (CaseFile caseFile = ImportFixtures.newCase(dir)) {
            ImportFixtures.importInto(caseFile, seized);
            exhibitId = caseFile.exhibits().all().stream()
                    .filter(e -> e.originalName().equals("mmssms.db")).findFirst().orElseThrow().id();
            whole = new MessageRepository(caseFile.db()).countByExhibit(exhibitId);
            // A kill after some chunks were committed: the mark is set and part of the records are there.
            new CommsImportState(caseFile.db()).begin(exhibitId);
            caseFile.db().execute("INSERT INTO comms_message (exhibit_id, source_locator, service, direction)"
                    + " VALUES (?, 'sms:_id=1', 'SMS', 'INCOMING')", exhibitId);
            caseFile.db().update(IMPORT_ITEM).set(IMPORT_ITEM.STATUS, "STARTED").execute();
        }
        try (CaseFile reopened = ImportFixtures.open(dir)) {
            MessageRepository messages = new MessageRepository(reopened.db());
            assertThat(messages.countByExhibit(exhibitId)).as("records of the cut-off write").isZero();
            assertThat(new CommsImportState(reopened.db()).isUnfinished(exhibitId)).isTrue();
            assertThat(reopened.audit().newest(0, 5)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(AuditActions.PHONE_WRITE_SET_ASIDE);
                assertThat(entry.details()).contains(Exhibit.refFor(exhibitId));
            });

            ImportFixtures.importInto(reopened, seized);

            assertThat(whole).isPositive();
            assertThat(messages.countByExhibit(exhibitId)).isEqualTo(whole);
            assertThat(new CommsImportState(reopened.db()).isUnfinished(exhibitId)).isFalse();
        }
    }
}
