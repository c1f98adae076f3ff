package org.spoor.reports.bundle.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a bundle is made of. The writer applies disclosure itself: pass every exhibit,
 * withheld ones included, so the withheld-material note can count them.
 *
 * @param offenceTemplateIds templates for the matrix (e.g. "VN-PC-244"); empty = every template of
 *                           the case's jurisdiction
 * @param mapPng the case map as PNG (from the mapping module), or null for none
 */
public record BundleRequest(CaseSummary summary, List<ExhibitEntry> exhibits, List<CustodyEvent> custody,
                            List<String> offenceTemplateIds, List<OffenceElementLink> offenceLinks,
                            byte[] mapPng, String mapCaption, List<TimelineRow> timeline,
                            List<PersonRow> people, List<Redaction> redactions) {
    public BundleRequest {
        Objects.requireNonNull(summary, "summary");
        exhibits = List.copyOf(exhibits);
        custody = custody == null ? List.of() : List.copyOf(custody);
        offenceTemplateIds = offenceTemplateIds == null ? List.of() : List.copyOf(offenceTemplateIds);
        offenceLinks = offenceLinks == null ? List.of() : List.copyOf(offenceLinks);
        mapCaption = mapCaption == null ? "" : mapCaption;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        people = people == null ? List.of() : List.copyOf(people);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    public Optional<byte[]> map() {
        return Optional.ofNullable(mapPng);
    }
}
