package org.spoor.reports.bundle.disclosure;

import java.util.List;
import java.util.Optional;
import org.spoor.reports.bundle.model.CaseSummary;
import org.spoor.reports.bundle.model.CustodyEvent;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.OffenceElementLink;
import org.spoor.reports.bundle.model.PersonRow;
import org.spoor.reports.bundle.model.TimelineRow;

/**
 * The case as the bundle may show it: only disclosable exhibits, with redactions already applied,
 * and only rows that cite no withheld exhibit. Sections are written from this, never from the
 * request, so withheld material cannot reach the PDF by mistake.
 */
public record DisclosedCase(CaseSummary summary, List<ExhibitEntry> exhibits, List<CustodyEvent> custody,
                            List<String> offenceTemplateIds, List<OffenceElementLink> offenceLinks,
                            byte[] mapPng, String mapCaption, List<TimelineRow> timeline,
                            List<PersonRow> people, WithheldSummary withheld) {

    public Optional<byte[]> map() {
        return Optional.ofNullable(mapPng);
    }

    public List<CustodyEvent> custodyOf(String exhibitRef) {
        return custody.stream().filter(e -> e.exhibitRef().equals(exhibitRef)).toList();
    }
}
