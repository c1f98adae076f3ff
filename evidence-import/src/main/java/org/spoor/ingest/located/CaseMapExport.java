package org.spoor.ingest.located;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseFile;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.export.MapExporter;

/**
 * Writes a case's map to a file (format from the extension) and records the export in the case's
 * audit log: a map leaving the case is an export like any other. Used by {@code spoor map} and the map view.
 */
public final class CaseMapExport {

    private final MapExporter exporter;

    public CaseMapExport(MapExporter exporter) {
        this.exporter = exporter;
    }

    /**
     * @throws org.spoor.mapping.MapException {@code map.export.unsupported} for an unknown extension (nothing is
     *                                        written or recorded), {@code map.export.failed} when writing fails
     */
    public void export(CaseFile caseFile, MapModel model, Path out) {
        exporter.export(model, out);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", out.getFileName().toString());
        details.put("format", format(out));
        details.put("what", "map");
        details.put("points", model.visiblePoints().size());
        details.put("routes", model.visibleRoutes().size());
        caseFile.audit().record(caseFile.actor(), AuditActions.EXPORTED, out.getFileName().toString(), details);
    }

    /** The format a file name asks for: {@code geojson}, {@code kml}, {@code gpkg} or {@code png}. */
    public static String format(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return ext.equals("json") ? "geojson" : ext;
    }
}
