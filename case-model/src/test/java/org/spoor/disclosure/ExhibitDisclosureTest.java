package org.spoor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.TestCases;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;

class ExhibitDisclosureTest {

    @TempDir
    Path temp;

    @Test
    void markingAnExhibitIsAuditedWithItsReasonAndSurvivesReopening() throws Exception {
        Path dir = temp.resolve("case");
        long id;
        try (CaseFile c = TestCases.create(dir)) {
            id = TestCases.addExhibit(c, "note.txt", "from the source").id();
            Exhibit marked = ExhibitDisclosure.mark(c, id, Disclosure.INFORMANT, "names the source");
            assertThat(marked.disclosure()).isEqualTo(Disclosure.INFORMANT);
            AuditEntry entry = c.audit().head();
            assertThat(entry.action()).isEqualTo("exhibit.disclosure.changed");
            assertThat(entry.subject()).isEqualTo(marked.ref());
            assertThat(entry.details()).contains("\"disclosure\":\"INFORMANT\"").contains("names the source")
                    .contains("\"exhibitId\":" + id);
        }
        try (CaseFile c = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(c.exhibits().byId(id).orElseThrow().disclosure()).isEqualTo(Disclosure.INFORMANT);
            ExhibitDisclosure.mark(c, id, Disclosure.DISCLOSABLE, "source agreed");
            assertThat(c.exhibits().byId(id).orElseThrow().disclosure()).isEqualTo(Disclosure.DISCLOSABLE);
        }
    }

    @Test
    void aMarkingWithoutAReasonOrForAnUnknownExhibitIsRefusedAndNotRecorded() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            long id = TestCases.addExhibit(c, "note.txt", "text").id();
            long seq = c.audit().head().seq();
            assertThatThrownBy(() -> ExhibitDisclosure.mark(c, id, Disclosure.INFORMANT, " "))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ExhibitDisclosure.mark(c, 999, Disclosure.INFORMANT, "why"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(c.audit().head().seq()).isEqualTo(seq);
            assertThat(c.exhibits().byId(id).orElseThrow().disclosure()).isEqualTo(Disclosure.DISCLOSABLE);
        }
    }
}
