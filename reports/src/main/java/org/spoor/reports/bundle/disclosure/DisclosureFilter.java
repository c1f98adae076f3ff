package org.spoor.reports.bundle.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.OffenceElementLink;
import org.spoor.reports.bundle.model.PersonRow;
import org.spoor.reports.bundle.model.Redaction;
import org.spoor.reports.bundle.model.TimelineRow;

/**
 * Decides what of a case may reach the bundle. Withheld exhibits are dropped with everything that
 * names them (custody rows, offence links, timeline and people rows that cite them); redactions
 * are applied to the exhibits that stay. Only counts of what was withheld survive.
 */
public final class DisclosureFilter {

    public DisclosedCase apply(BundleRequest request) {
        Set<String> withheldRefs = new HashSet<>();
        Map<Disclosure, Integer> counts = new EnumMap<>(Disclosure.class);
        List<ExhibitEntry> disclosed = new ArrayList<>();
        int redactedPassages = 0;
        int redactedExhibits = 0;
        for (ExhibitEntry exhibit : request.exhibits()) {
            if (!exhibit.disclosable()) {
                withheldRefs.add(exhibit.ref());
                counts.merge(exhibit.disclosure(), 1, Integer::sum);
                continue;
            }
            Redactor redactor = new Redactor(passagesFor(exhibit.ref(), request.redactions()));
            disclosed.add(redactor.apply(exhibit));
            redactedPassages += redactor.removed();
            redactedExhibits += redactor.removed() > 0 ? 1 : 0;
        }
        List<TimelineRow> timeline = request.timeline().stream()
                .filter(row -> row.exhibitRefs().stream().noneMatch(withheldRefs::contains)).toList();
        List<PersonRow> people = request.people().stream()
                .filter(row -> row.exhibitRefs().stream().noneMatch(withheldRefs::contains)).toList();
        int rowsWithheld = request.timeline().size() - timeline.size() + request.people().size() - people.size();
        List<OffenceElementLink> links = request.offenceLinks().stream()
                .map(l -> new OffenceElementLink(l.elementId(),
                        l.exhibitRefs().stream().filter(r -> !withheldRefs.contains(r)).toList()))
                .toList();
        WithheldSummary withheld = new WithheldSummary(counts, rowsWithheld, redactedPassages, redactedExhibits);
        return new DisclosedCase(request.summary(), disclosed,
                request.custody().stream().filter(e -> !withheldRefs.contains(e.exhibitRef())).toList(),
                request.offenceTemplateIds(), links, request.mapPng(), request.mapCaption(), timeline, people,
                withheld);
    }

    private static List<String> passagesFor(String ref, List<Redaction> redactions) {
        return redactions.stream().filter(r -> r.exhibitRef().equals(ref)).map(Redaction::text).toList();
    }
}
