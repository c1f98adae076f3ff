package org.spoor.reports.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffenceTemplatesTest {

    final OffenceTemplates templates = OffenceTemplates.bundled();

    @Test
    void everyRequiredJurisdictionHasATemplate() {
        for (String country : List.of("VN", "ID", "LA", "KH", "MN", "PE", "EC", "CO")) {
            assertThat(templates.forCountry(country)).as(country).isNotEmpty();
        }
        assertThat(templates.byId("VN-PC-234")).isPresent();
        assertThat(templates.byId("VN-PC-244")).isPresent();
    }

    @Test
    void everyTemplateCitesItsLawAndIsADraftUntilALawyerReviewsIt() {
        assertThat(templates.all()).allSatisfy(t -> {
            assertThat(t.law()).isNotBlank();
            assertThat(t.articles()).isNotBlank();
            assertThat(t.draft()).isTrue();
            assertThat(t.reviewNote()).isNotBlank();
            assertThat(t.elements()).isNotEmpty().allSatisfy(e -> assertThat(e.article()).isNotBlank());
        });
    }

    @Test
    void elementIdsAreUniqueAcrossAllTemplates() {
        List<String> ids = templates.all().stream().flatMap(t -> t.elements().stream()).map(OffenceElement::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }
}
