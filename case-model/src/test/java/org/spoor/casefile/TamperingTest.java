package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoor.casefile.db.Tables.AUDIT_ENTRY;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditChain;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.verify.CaseVerifier;
import org.spoor.casefile.verify.VerificationProblem;
import org.spoor.casefile.verify.VerificationReport;
import org.spoor.exhibit.Exhibit;

/** {@code case verify} finds what was changed behind Spoor's back and names it. */
class TamperingTest {

    @TempDir
    Path temp;

    private Path caseWithThreeExhibits() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile created = TestCases.create(dir)) {
            TestCases.addExhibit(created, "ledger.txt", "45 kg vảy tê tê qua Cầu Treo");
            TestCases.addExhibit(created, "manifest.txt", "sisik trenggiling 340 kg");
            TestCases.addExhibit(created, "photo-notes.txt", "colmillos de jaguar");
        }
        return dir;
    }

    private static VerificationReport verify(Path dir) throws Exception {
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            return new CaseVerifier(opened).verify(CaseVerifier.VerificationProgress.NONE);
        }
    }

    @Test
    void anUntouchedCaseVerifies() throws Exception {
        VerificationReport report = verify(caseWithThreeExhibits());
        assertThat(report.problems()).isEmpty();
        assertThat(report.exhibitsChecked()).isEqualTo(3);
        assertThat(report.auditEntriesChecked()).isEqualTo(4);
    }

    @Test
    void oneFlippedByteInAStoredOriginalNamesTheExhibit() throws Exception {
        Path dir = caseWithThreeExhibits();
        String blobId;
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            blobId = opened.exhibits().byRef("SPR-0002").map(Exhibit::blobId).orElseThrow();
        }
        Path blob;
        try (var files = Files.walk(dir.resolve("blobs"))) {
            blob = files.filter(p -> p.getFileName().toString().startsWith(blobId)).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(blob, bytes);

        VerificationReport report = verify(dir);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.area()).isEqualTo(VerificationProblem.Area.EXHIBIT);
            assertThat(problem.subject()).isEqualTo("SPR-0002 manifest.txt");
        });
    }

    @Test
    void anAlteredAuditEntryIsNamed() throws Exception {
        Path dir = caseWithThreeExhibits();
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            opened.db().update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, "someone else").where(AUDIT_ENTRY.SEQ.eq(3L))
                    .execute();
        }
        assertThat(verify(dir).problems()).extracting(VerificationProblem::subject).containsExactly("audit entry 3");
    }

    @Test
    void aDeletedAuditEntryIsNamed() throws Exception {
        Path dir = caseWithThreeExhibits();
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            opened.db().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(2L)).execute();
        }
        VerificationReport report = verify(dir);
        assertThat(report.problems()).extracting(VerificationProblem::subject).containsExactly("audit entry 2");
        assertThat(report.problems().get(0).reason()).contains("missing");
    }

    @Test
    void anAlteredEntryWithARecomputedChainIsCaughtByTheJournal() throws Exception {
        Path dir = caseWithThreeExhibits();
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            // Someone with the database key rewrites entry 4 and reseals it so the chain itself looks fine.
            AuditEntry last = opened.audit().newest(0, 1).get(0);
            AuditEntry forged = AuditChain.seal(last.seq(), last.at(), "forger", last.action(), last.subject(),
                    last.details(), last.prevHash());
            opened.db().update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, forged.actor())
                    .set(AUDIT_ENTRY.ENTRY_HASH, forged.entryHash()).where(AUDIT_ENTRY.SEQ.eq(last.seq())).execute();
        }
        VerificationReport report = verify(dir);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.subject()).isEqualTo("audit entry 4");
            assertThat(problem.reason()).contains("custody journal");
        });
    }

    @Test
    void anEntryDeletedFromTheEndIsRestoredFromTheJournal() throws Exception {
        Path dir = caseWithThreeExhibits();
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            new CaseVerifier(opened).verify(CaseVerifier.VerificationProgress.NONE); // entry 5
            opened.db().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(5L)).execute();
        }
        // Reopening replays entry 5 from the journal: the journal is the durable record.
        assertThat(verify(dir).problems()).isEmpty();
    }
}
