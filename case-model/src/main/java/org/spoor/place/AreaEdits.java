package org.spoor.place;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.spoor.audit.AuditLog;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;

/**
 * Draws, renames and removes areas of interest. Each change is checked, then recorded as an audit
 * entry ({@code area.created}, {@code area.renamed}, {@code area.deleted}) whose applier writes the
 * row in the same transaction: the change and its record survive a crash together.
 */
public final class AreaEdits {

    public static final String CREATED = "area.created";
    public static final String RENAMED = "area.renamed";
    public static final String DELETED = "area.deleted";

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_WKT = 100_000;

    private final AuditLog audit;
    private final AreaRepository areas;
    private final String actor;

    public AreaEdits(AuditLog audit, AreaRepository areas, String actor) {
        this.audit = audit;
        this.areas = areas;
        this.actor = actor;
    }

    public static AreaEdits of(CaseFile caseFile) {
        return new AreaEdits(caseFile.audit(), new AreaRepository(caseFile.db()), caseFile.actor());
    }

    /**
     * Stores a drawn area.
     *
     * @param polygonWkt the outline, {@code POLYGON ((lon lat, ...))} in WGS 84
     * @throws CaseException BAD_INPUT {@code area.error.name} for a blank or too long name,
     *                       {@code area.error.geometry} for anything but a polygon
     */
    public AreaOfInterest create(String name, String note, String polygonWkt) throws CaseException {
        String cleanName = checkedName(name);
        String wkt = polygonWkt == null ? "" : polygonWkt.strip();
        if (!wkt.toUpperCase(Locale.ROOT).startsWith("POLYGON") || wkt.length() > MAX_WKT) {
            throw badInput("area.error.geometry", "An area must be a polygon", cleanName);
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", id);
        details.put("name", cleanName);
        details.put("note", checkedNote(note));
        details.put("geometry", wkt);
        audit.record(actor, CREATED, subject(id, cleanName), details);
        return areas.byId(id).orElseThrow();
    }

    /** Gives an area a new name and note. */
    public AreaOfInterest rename(String id, String name, String note) throws CaseException {
        AreaOfInterest area = existing(id);
        String cleanName = checkedName(name);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", id);
        details.put("name", cleanName);
        details.put("note", checkedNote(note));
        details.put("previousName", area.name());
        details.put("previousNote", area.note());
        audit.record(actor, RENAMED, subject(id, cleanName), details);
        return areas.byId(id).orElseThrow();
    }

    /** Removes an area; the audit entry keeps its name and outline. */
    public void delete(String id) throws CaseException {
        AreaOfInterest area = existing(id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", id);
        details.put("name", area.name());
        details.put("note", area.note());
        details.put("geometry", area.geometryWkt());
        audit.record(actor, DELETED, subject(id, area.name()), details);
    }

    private AreaOfInterest existing(String id) throws CaseException {
        return areas.byId(id).orElseThrow(() -> badInput("area.error.missing", "No area with this id", id));
    }

    private static String checkedName(String name) throws CaseException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw badInput("area.error.name", "An area needs a name of 1 to 200 characters", clean);
        }
        return clean;
    }

    private static String checkedNote(String note) throws CaseException {
        String clean = note == null ? "" : note.strip();
        if (clean.length() > MAX_NOTE) {
            throw badInput("area.error.note", "A note is at most 2000 characters", clean.length());
        }
        return clean;
    }

    private static String subject(String id, String name) {
        return "area:" + id + " " + name;
    }

    private static CaseException badInput(String key, String english, Object... arguments) {
        return new CaseException(CaseException.Kind.BAD_INPUT, key, english, arguments);
    }
}
