package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.model.OffenceElementLink;
import org.spoor.reports.offence.OffenceElement;
import org.spoor.reports.offence.OffenceTemplate;
import org.spoor.reports.offence.OffenceTemplates;

/**
 * For each offence charged, every element the prosecution must prove and the exhibits linked to
 * it; an element without an exhibit is shown as such, so gaps are visible before court.
 */
public final class OffenceMatrixSection implements BundleSection {

    private final OffenceTemplates templates;

    public OffenceMatrixSection(OffenceTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Offence elements");
        List<OffenceTemplate> chosen = chosen(disclosed);
        if (chosen.isEmpty()) {
            layout.note("No offence template exists for jurisdiction \"" + disclosed.summary().jurisdiction()
                    + "\"; no offence-elements matrix was produced.");
            return;
        }
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (OffenceElementLink link : disclosed.offenceLinks()) {
            links.computeIfAbsent(link.elementId(), k -> new ArrayList<>()).addAll(link.exhibitRefs());
        }
        for (OffenceTemplate template : chosen) {
            layout.heading(template.title());
            layout.document().add(layout.label("Law", template.law()));
            layout.document().add(layout.label("Articles cited", template.articles()));
            if (template.draft()) {
                layout.document().add(layout.label("Template status",
                        "DRAFT: not yet reviewed by a lawyer. " + template.reviewNote()));
            }
            Table table = layout.table(14, 16, 50, 20);
            table.addHeaderCell(layout.header("Element"));
            table.addHeaderCell(layout.header("Article"));
            table.addHeaderCell(layout.header("What must be proved"));
            table.addHeaderCell(layout.header("Exhibits"));
            for (OffenceElement element : template.elements()) {
                List<String> refs = links.getOrDefault(element.id(), List.of());
                table.addCell(layout.cell(element.id()));
                table.addCell(layout.cell(element.article()));
                table.addCell(layout.cell(element.text()));
                table.addCell(layout.cell(refs.isEmpty() ? "none linked" : String.join(", ", refs)));
            }
            layout.document().add(table);
        }
    }

    private List<OffenceTemplate> chosen(DisclosedCase disclosed) {
        if (disclosed.offenceTemplateIds().isEmpty()) {
            return templates.forCountry(disclosed.summary().jurisdiction());
        }
        return disclosed.offenceTemplateIds().stream().map(templates::byId)
                .flatMap(java.util.Optional::stream).toList();
    }
}
