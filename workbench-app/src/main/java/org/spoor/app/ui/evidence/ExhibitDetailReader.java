package org.spoor.app.ui.evidence;

import static org.spoor.casefile.db.Tables.EXHIBIT;
import static org.spoor.casefile.db.Tables.EXHIBIT_CONTENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;

/**
 * Reads an exhibit for the detail pane and records that it was viewed: looking at evidence is an action
 * on the case like any other, and its history must show who looked at what ({@value #VIEWED}).
 */
public final class ExhibitDetailReader {

    public static final String VIEWED = "exhibit.viewed";
    /** Characters of the extracted text shown in the pane. */
    public static final int PREVIEW_CHARS = 64 * 1024;
    /** Lineage deeper than this is a loop in damaged data, not nesting (the import stops far earlier). */
    private static final int MAX_DEPTH = 64;

    private final CaseFile caseFile;

    public ExhibitDetailReader(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The exhibit's detail, and an {@value #VIEWED} audit entry with its reference as the subject. */
    public Optional<ExhibitDetail> view(long exhibitId) {
        Optional<Exhibit> found = caseFile.exhibits().byId(exhibitId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Exhibit exhibit = found.get();
        Field<String> preview = DSL.substring(EXHIBIT_CONTENT.TEXT, 1, PREVIEW_CHARS).as("preview");
        // Only the opening of the text is read: the whole of it can be megabytes (a 6 MB line, a mailbox).
        Record row = caseFile.db().select(preview, EXHIBIT_CONTENT.TEXT_CHARS, EXHIBIT_CONTENT.LANGUAGE,
                        EXHIBIT_CONTENT.OCR_APPLIED, EXHIBIT_CONTENT.PROBLEM_KIND, EXHIBIT_CONTENT.PROBLEM_REASON,
                        EXHIBIT_CONTENT.METADATA, EXHIBIT_CONTENT.PHOTO_LAT, EXHIBIT_CONTENT.PHOTO_LON,
                        EXHIBIT_CONTENT.PHOTO_TAKEN_AT, EXHIBIT_CONTENT.PHOTO_OFFSET, EXHIBIT_CONTENT.PHOTO_DEVICE)
                .from(EXHIBIT_CONTENT).where(EXHIBIT_CONTENT.EXHIBIT_ID.eq(exhibitId)).fetchOne();
        Optional<ExhibitContent> content = Optional.ofNullable(row).map(r -> content(exhibitId, r));
        String text = row == null || row.get(preview) == null ? "" : row.get(preview);
        long chars = row == null || row.get(EXHIBIT_CONTENT.TEXT_CHARS) == null ? 0
                : row.get(EXHIBIT_CONTENT.TEXT_CHARS);
        int children = caseFile.db().fetchCount(EXHIBIT, EXHIBIT.PARENT_ID.eq(exhibitId));
        ExhibitDetail detail = new ExhibitDetail(exhibit, lineage(exhibit), caseFile.custody().forExhibit(exhibitId),
                content, text, chars, children);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exhibitId", exhibitId);
        details.put("name", exhibit.originalName());
        details.put("sha256", exhibit.sha256());
        details.put("client", "gui");
        caseFile.audit().record(caseFile.actor(), VIEWED, exhibit.ref(), details);
        return Optional.of(detail);
    }

    private List<Exhibit> lineage(Exhibit exhibit) {
        List<Exhibit> parents = new ArrayList<>();
        Long parentId = exhibit.parentId();
        while (parentId != null && parents.size() < MAX_DEPTH) {
            Optional<Exhibit> parent = caseFile.exhibits().byId(parentId);
            if (parent.isEmpty()) {
                break;
            }
            parents.add(0, parent.get());
            parentId = parent.get().parentId();
        }
        return parents;
    }

    /** The content row without its text (the pane shows the preview instead). */
    private static ExhibitContent content(long exhibitId, Record r) {
        OffsetDateTime taken = r.get(EXHIBIT_CONTENT.PHOTO_TAKEN_AT);
        return new ExhibitContent(exhibitId, null, r.get(EXHIBIT_CONTENT.LANGUAGE),
                Boolean.TRUE.equals(r.get(EXHIBIT_CONTENT.OCR_APPLIED)), r.get(EXHIBIT_CONTENT.PROBLEM_KIND),
                r.get(EXHIBIT_CONTENT.PROBLEM_REASON), r.get(EXHIBIT_CONTENT.METADATA),
                r.get(EXHIBIT_CONTENT.PHOTO_LAT), r.get(EXHIBIT_CONTENT.PHOTO_LON),
                taken == null ? null : taken.toInstant(), r.get(EXHIBIT_CONTENT.PHOTO_OFFSET),
                r.get(EXHIBIT_CONTENT.PHOTO_DEVICE));
    }
}
