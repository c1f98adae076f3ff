package org.spoor.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.common.Messages;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;

/** The detail pane's data: lineage, custody, a bounded text preview, photo facts, and the audit of the view. */
class ExhibitDetailReaderTest {

    @TempDir
    Path root;

    private CaseFile caseFile;
    private Exhibit archive;
    private Exhibit ledger;

    @BeforeEach
    void caseWithAnArchiveAndALedgerInsideIt() throws Exception {
        Path folder = TestCases.createClosed(root.resolve("detail.spoor"), "Detail");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions("tester"));
        archive = CaseExhibits.register(caseFile, null, "so-sach.zip", "zip bytes");
        ledger = CaseExhibits.register(caseFile, archive.id(), "so-ghi-chep.txt", "vảy tê tê 12 kg");
    }

    @AfterEach
    void close() throws Exception {
        caseFile.close();
    }

    @Test
    void viewingAnExhibitShowsWhereItWasFoundAndItsCustodyAndIsAudited() {
        ExhibitDetail detail = new ExhibitDetailReader(caseFile).view(ledger.id()).orElseThrow();

        assertThat(detail.lineage()).extracting(Exhibit::ref).containsExactly(archive.ref());
        assertThat(detail.custody()).extracting(e -> e.action()).containsExactly("TAKEN_INTO_CASE");
        assertThat(detail.content()).as("nothing extracted yet").isEmpty();
        AuditEntry last = caseFile.audit().newest(0, 1).get(0);
        assertThat(last.action()).isEqualTo("exhibit.viewed");
        assertThat(last.subject()).isEqualTo(ledger.ref());
        assertThat(last.details()).contains(ledger.sha256());
        assertThat(new ExhibitDetailReader(caseFile).view(archive.id()).orElseThrow().childCount()).isEqualTo(1);
    }

    @Test
    void aLongTextIsPreviewedByItsOpeningOnly() {
        String line = "Lô hàng vảy tê tê từ Attapeu, ລາວ, ខ្មែរ. ";
        String text = line.repeat(200_000 / line.length() + 1);
        new ExhibitContentRepository(caseFile.db()).save(new ExhibitContent(ledger.id(), text, "vi", false, null, null,
                "{\"Content-Type\":\"text/plain\"}", 18.6702, 105.6921, Instant.parse("2024-03-14T21:05:00Z"),
                "+07:00", "Samsung SM-A515F"));

        ExhibitDetail detail = new ExhibitDetailReader(caseFile).view(ledger.id()).orElseThrow();

        assertThat(detail.textPreview()).hasSize(ExhibitDetailReader.PREVIEW_CHARS).isEqualTo(
                text.substring(0, ExhibitDetailReader.PREVIEW_CHARS));
        assertThat(detail.textChars()).isEqualTo(text.length());
        assertThat(detail.textCut()).isTrue();
        assertThat(detail.content().orElseThrow().text()).as("the whole text is not carried").isNull();

        DetailFacts facts = new DetailFacts(Messages.in(Locale.ENGLISH),
                new ExhibitFormat(ZoneId.of("Asia/Ho_Chi_Minh"), Locale.ENGLISH));
        List<DetailFacts.Fact> shown = facts.facts(detail);
        assertThat(shown).contains(new DetailFacts.Fact("Found in", archive.ref() + " so-sach.zip"),
                new DetailFacts.Fact("Photo position", "18.670200, 105.692100"),
                new DetailFacts.Fact("Photo taken", "2024-03-15 04:05:00 (camera clock +07:00)"),
                new DetailFacts.Fact("Camera", "Samsung SM-A515F"),
                new DetailFacts.Fact("Language", "Vietnamese (vi)"),
                new DetailFacts.Fact("Seal no.", "VN-44-0192"));
        assertThat(facts.previewNote(detail)).isEqualTo("The first 65,536 of " + String.format(Locale.ENGLISH,
                "%,d", text.length()) + " characters are shown.");
    }

    @Test
    void aProblemIsAlwaysAmongTheFacts() {
        new ExhibitContentRepository(caseFile.db()).save(new ExhibitContent(archive.id(), "", null, false,
                "ENCRYPTED", "password needed", null, null, null, null, null, null));

        ExhibitDetail detail = new ExhibitDetailReader(caseFile).view(archive.id()).orElseThrow();
        List<DetailFacts.Fact> shown = new DetailFacts(Messages.in(Locale.ENGLISH),
                new ExhibitFormat(ZoneId.of("UTC"), Locale.ENGLISH)).facts(detail);

        assertThat(shown).contains(new DetailFacts.Fact("Problem", "ENCRYPTED: password needed"));
    }
}
