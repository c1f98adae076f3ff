package org.spoor.reports.bundle.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.testing.SampleCase;

class DisclosureFilterTest {

    final DisclosedCase disclosed = new DisclosureFilter().apply(SampleCase.standard());

    @Test
    void withheldExhibitsAreDroppedAndCountedPerCategory() {
        assertThat(disclosed.exhibits()).extracting(ExhibitEntry::ref)
                .doesNotContain(SampleCase.INFORMANT_REF, SampleCase.SECRET_REF).hasSize(6);
        assertThat(disclosed.withheld().exhibits(Disclosure.INFORMANT)).isEqualTo(1);
        assertThat(disclosed.withheld().exhibits(Disclosure.NOT_FOR_DISCLOSURE)).isEqualTo(1);
    }

    @Test
    void rowsCitingAWithheldExhibitLeaveWithItButLinksOnlyLoseTheReference() {
        assertThat(disclosed.timeline()).noneMatch(r -> r.exhibitRefs().contains(SampleCase.INFORMANT_REF)).hasSize(2);
        assertThat(disclosed.people()).hasSize(1);
        assertThat(disclosed.withheld().rowsWithheld()).isEqualTo(2);
        assertThat(disclosed.offenceLinks()).allSatisfy(l -> assertThat(l.exhibitRefs())
                .doesNotContain(SampleCase.INFORMANT_REF));
        assertThat(disclosed.offenceLinks().get(0).exhibitRefs()).containsExactly("SPR-0001", "SPR-0003");
        assertThat(disclosed.custody()).noneMatch(e -> e.exhibitRef().equals(SampleCase.INFORMANT_REF));
    }

    @Test
    void redactedPassagesAreReplacedByAMarkerInTheExhibitText() {
        String text = ((DocumentText) disclosed.exhibits().get(0).content()).text();

        assertThat(text).doesNotContain(SampleCase.REDACTED_CANARY).contains("[redacted]").contains("12,4 kg");
        assertThat(disclosed.withheld().redactedPassages()).isEqualTo(1);
        assertThat(disclosed.withheld().redactedExhibits()).isEqualTo(1);
    }
}
