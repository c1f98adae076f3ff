package org.spoor.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseRecovery;
import org.spoor.casefile.TestCases;

class ReviewCommentsImportTest {

    static final Instant WRITTEN = Instant.parse("2026-03-20T02:00:00Z");

    @TempDir
    Path temp;

    @Test
    void commentsAreStoredOnTheirExhibitAuditedAndNotDuplicatedByASecondImport() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            long exhibitId = TestCases.addExhibit(c, "bien-ban.txt", "Biên bản thu giữ").id();
            String ref = c.exhibits().byId(exhibitId).orElseThrow().ref();
            byte[] file = commentsFile(c.header().caseId(), ref);

            ReviewCommentsImport.Outcome first = importer(c).importFile("investigator", file, "a.spoorcomments");
            ReviewCommentsImport.Outcome again = importer(c).importFile("investigator", file, "a.spoorcomments");

            assertThat(first.added()).isEqualTo(2);
            assertThat(again.nothingNew()).isTrue();
            assertThat(new ReviewCommentRepository(c.db()).forExhibit(exhibitId))
                    .extracting(ReviewComment::reviewer, ReviewComment::text)
                    .containsExactly(tuple("KSV Hoàng Lan", "Cần bản gốc có chữ ký của người chứng kiến."));
            assertThat(new ReviewCommentRepository(c.db()).count()).isEqualTo(2);
            assertThat(c.audit().head().action()).isEqualTo("review.comments.imported");
            assertThat(c.audit().head().details()).contains("\"count\":2").contains("KSV Hoàng Lan")
                    .contains("\"exhibitRef\":\"" + ref + "\"").contains(first.fileSha256());
        }
    }

    @Test
    void anAlteredFileOrOneFromAnotherCaseIsRefusedAndNothingIsRecorded() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            String ref = TestCases.addExhibit(c, "a.txt", "text").ref();
            long seq = c.audit().head().seq();
            byte[] altered = new String(commentsFile(c.header().caseId(), ref), StandardCharsets.UTF_8)
                    .replace("Cần bản gốc", "Không cần bản gốc").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> importer(c).importFile("i", altered, "x.spoorcomments"))
                    .isInstanceOfSatisfying(ReviewException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("review.file.altered"));
            assertThatThrownBy(() -> importer(c).importFile("i", commentsFile("another-case", ref), "y"))
                    .isInstanceOfSatisfying(ReviewException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("review.import.otherCase"));
            assertThat(c.audit().head().seq()).isEqualTo(seq);
        }
    }

    @Test
    void importedCommentsSurviveJournalReplayRecovery() throws Exception {
        Path dir = temp.resolve("case");
        try (CaseFile c = TestCases.create(dir)) {
            TestCases.addExhibit(c, "a.txt", "text");
        }
        try (CaseFile c = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            String ref = c.exhibits().all().get(0).ref();
            importer(c).importFile("investigator", commentsFile(c.header().caseId(), ref), "a.spoorcomments");
        }
        byte[] garbage = new byte[(int) Files.size(dir.resolve("db/case.mv.db"))];
        new java.util.Random(5).nextBytes(garbage);
        Files.write(dir.resolve("db/case.mv.db"), garbage);
        try (CaseFile recovered = CaseRecovery.recover(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(new ReviewCommentRepository(recovered.db()).all()).extracting(ReviewComment::text)
                    .containsExactly("Hồ sơ nhìn chung đầy đủ.", "Cần bản gốc có chữ ký của người chứng kiến.");
        }
    }

    private static ReviewCommentsImport importer(CaseFile c) {
        return new ReviewCommentsImport(c.audit(), c.exhibits(), new ReviewCommentRepository(c.db()),
                c.header().caseId());
    }

    private static byte[] commentsFile(String caseId, String ref) {
        return new ReviewCommentsFile(caseId, "Operation Vảy Bạc", "ab".repeat(32), "KSV Hoàng Lan",
                WRITTEN.plusSeconds(600), List.of(
                        new ReviewNote("c-1", ref, "Cần bản gốc có chữ ký của người chứng kiến.", WRITTEN, null),
                        new ReviewNote("c-2", null, "Hồ sơ nhìn chung đầy đủ.", WRITTEN.plusSeconds(60), null)))
                .toBytes();
    }
}
