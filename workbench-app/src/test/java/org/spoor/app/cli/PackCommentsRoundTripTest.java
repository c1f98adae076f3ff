package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.review.ReviewSession;
import org.spoor.reports.pack.PackExhibit;

/**
 * The review round trip: the investigator exports a pack, a prosecutor reviews it read-only and sends
 * comments back, the investigator imports them (audited, once) and lists them; an altered file is refused.
 */
class PackCommentsRoundTripTest {

    @TempDir
    static Path temp;
    static BundleFixture.Built built;
    static Path comments;
    static String recordRef;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void exportReviewAndComment() throws Exception {
        built = BundleFixture.create(temp.resolve("vay.spoor"));
        Path pack = temp.resolve("vay.spoorpack");
        CliRun investigator = new CliRun();
        assertThat(investigator.run("pack", "export", built.dir().toString(), "--out", pack.toString()))
                .as(investigator.err).isZero();
        recordRef = built.disclosed().get(0).ref();
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneOffset.UTC);
        Path reviewerDesk = Files.createDirectories(temp.resolve("procuracy"));
        try (ReviewSession review = ReviewSession.open(pack, null, clock)) {
            assertThat(review.exhibits()).extracting(PackExhibit::ref).contains(recordRef)
                    .doesNotContain(built.informant().ref());
            assertThat(review.search("vảy tê tê")).extracting(hit -> hit.exhibit().ref()).contains(recordRef);
            review.reviewer("KSV Hoàng Thị Lan");
            review.comments().add(recordRef, "Cần biên bản có chữ ký người chứng kiến.");
            review.comments().add(null, "Hồ sơ đủ để truy tố theo Điều 244.");
            String draft = review.comments().add(recordRef, "nháp").id();
            review.comments().edit(draft, "Đề nghị giám định lại khối lượng 120 kg.");
            comments = review.exportComments(reviewerDesk.resolve(review.commentsFileName()));
        }
    }

    @Test
    void thePacksExhibitIndexHoldsTheDisclosedTextAndNothingOfTheWithheldExhibits() throws Exception {
        String index;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.resolve("vay.spoorpack").toFile())) {
            index = new String(zip.getInputStream(zip.getEntry("data/exhibits.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertThat(index).contains(BundleFixture.VIETNAMESE).contains(recordRef);
        assertThat(index).doesNotContain(BundleFixture.INFORMANT_TEXT)
                .doesNotContain(BundleFixture.INFORMANT_CHILD_TEXT).doesNotContain(BundleFixture.INFORMANT_PHONE).doesNotContain(built.informant().sha256())
                .doesNotContain(built.informant().ref()).doesNotContain(built.informantChild().ref())
                .doesNotContain(built.informantChild().sha256());
    }

    @Test
    void theCommentsFileIsSmallNamedForCaseAndReviewerAndHoldsNoPackContent() throws Exception {
        String text = Files.readString(comments);
        assertThat(comments.getFileName().toString()).endsWith("-review-ksv-hoang-thi-lan.spoorcomments");
        assertThat(Files.size(comments)).isLessThan(4096);
        assertThat(text).contains("\"sha256\"").contains(recordRef).doesNotContain(BundleFixture.VIETNAMESE);
    }

    @Test
    void importedCommentsAreListedOnTheirExhibitAuditedAndASecondImportAddsNothing() throws Exception {
        assertThat(cli.run("pack", "comments", "import", built.dir().toString(), comments.toString()))
                .as(cli.err).isZero();
        assertThat(cli.out).contains("Imported 3 comments from KSV Hoàng Thị Lan");

        assertThat(cli.run("pack", "comments", "import", built.dir().toString(), comments.toString())).isZero();
        assertThat(cli.out).contains("Nothing new");

        assertThat(cli.run("pack", "comments", "list", built.dir().toString(), "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(cli.out).path("comments");
        assertThat(listed).hasSize(3);
        assertThat(listed.findValuesAsText("text")).contains("Cần biên bản có chữ ký người chứng kiến.",
                "Đề nghị giám định lại khối lượng 120 kg.", "Hồ sơ đủ để truy tố theo Điều 244.");
        assertThat(listed.get(0).path("exhibitRef").isNull()).isTrue();

        assertThat(cli.run("pack", "comments", "list", built.dir().toString(), "--exhibit", recordRef)).isZero();
        assertThat(cli.out).contains("Đề nghị giám định lại").doesNotContain("Điều 244");

        assertThat(cli.run("case", "verify", built.dir().toString(), "--json")).as(cli.err).isZero();
        assertThat(cli.run("case", "info", built.dir().toString(), "--json")).isZero();
        try (var c = org.spoor.casefile.CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(),
                BundleFixture.options())) {
            long imports = c.audit().newest(0, 50).stream()
                    .filter(e -> e.action().equals("review.comments.imported")).count();
            assertThat(imports).isEqualTo(1);
            assertThat(c.audit().newest(0, 50).stream().filter(e -> e.action().equals("review.comments.imported"))
                    .findFirst().orElseThrow().details()).contains("KSV Hoàng Thị Lan").contains("\"count\":3")
                    .contains(recordRef);
        }
    }

    @Test
    void aCommentsFileAlteredAfterExportIsRefusedWithExitFour() throws Exception {
        Path altered = temp.resolve("altered.spoorcomments");
        Files.writeString(altered, Files.readString(comments).replace("120 kg", "12 kg"), StandardCharsets.UTF_8);

        assertThat(cli.run("pack", "comments", "import", built.dir().toString(), altered.toString())).isEqualTo(4);
        assertThat(cli.err).contains("REFUSED").contains("altered.spoorcomments");
    }
}
