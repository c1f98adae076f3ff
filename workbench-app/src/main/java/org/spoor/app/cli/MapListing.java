package org.spoor.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spoor.ingest.located.PlaceMention;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.area.AreaCounts;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.hotspot.HotspotCluster;

/**
 * What {@code spoor map --hotspots / --places / --areas} prints: one JSON object per hotspot, place or
 * area for {@code --json}, else one readable line (or two) each.
 */
final class MapListing {

    private final Messages messages;

    MapListing(Messages messages) {
        this.messages = messages;
    }

    static List<Map<String, Object>> hotspotsJson(List<HotspotCluster> hotspots) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HotspotCluster h : hotspots) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", h.rank());
            m.put("lat", h.lat());
            m.put("lon", h.lon());
            m.put("radius_km", h.radiusKm());
            m.put("count", h.count());
            m.put("kinds", h.kinds());
            m.put("from", h.from() == null ? null : h.from().toString());
            m.put("to", h.to() == null ? null : h.to().toString());
            m.put("place", h.nearestPlace());
            m.put("place_km", Math.round(h.placeKm() * 10) / 10.0);
            m.put("points", h.pointIds());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> placesJson(List<PlaceMention> places) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlaceMention p : places) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key().text());
            m.put("text", p.matched());
            m.put("snippet", p.snippet());
            m.put("source", p.key().exhibitRef());
            m.put("place", p.placeName());
            m.put("place_id", p.place().id());
            m.put("place_kind", p.place().kind());
            m.put("country", p.place().country());
            m.put("lat", p.place().lat());
            m.put("lon", p.place().lon());
            m.put("confidence", Math.round(p.shownConfidence() * 100) / 100.0);
            m.put("status", status(p));
            m.put("decided_by", p.reviewed() ? p.decision().decidedBy() : null);
            m.put("decided_at", p.reviewed() ? p.decision().decidedAt().toString() : null);
            m.put("reason", p.reviewed() ? p.decision().reason() : null);
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> areasJson(List<MapArea> areas, List<EvidencePoint> points) {
        AreaCounts counts = new AreaCounts();
        List<Map<String, Object>> out = new ArrayList<>();
        for (MapArea a : areas) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("note", a.note());
            m.put("points_inside", counts.count(a, points));
            m.put("wkt", a.wkt());
            out.add(m);
        }
        return out;
    }

    static String status(PlaceMention p) {
        return p.confirmed() ? "confirmed" : p.rejected() ? "rejected" : "suggested";
    }

    List<String> hotspotLines(List<HotspotCluster> hotspots) {
        if (hotspots.isEmpty()) {
            return List.of(messages.get("cli.map.hotspots.none"));
        }
        List<String> lines = new ArrayList<>();
        for (HotspotCluster h : hotspots) {
            String span = h.from() == null ? "-" : h.from() + " – " + h.to();
            lines.add(messages.get("cli.map.hotspots.line", h.rank(), coordinates(h.lat(), h.lon()), h.count(),
                    h.kindsText(), span, h.nearestPlace(), String.format(Locale.ROOT, "%.1f", h.placeKm())));
        }
        return lines;
    }

    List<String> placeLines(List<PlaceMention> places) {
        if (places.isEmpty()) {
            return List.of(messages.get("cli.map.places.none"));
        }
        List<String> lines = new ArrayList<>();
        for (PlaceMention p : places) {
            String who = p.reviewed() ? p.decision().decidedBy() : "";
            lines.add(messages.get("cli.map.places.line", p.key().text(), statusText(p),
                    Math.round(p.shownConfidence() * 100), p.matched(), p.placeName(),
                    p.place().kind().replace('_', ' '), p.place().country(), who, p.snippet()));
        }
        return lines;
    }

    private String statusText(PlaceMention p) {
        return messages.get(p.confirmed() ? "cli.map.places.confirmed"
                : p.rejected() ? "cli.map.places.rejected" : "cli.map.places.suggested");
    }

    List<String> areaLines(List<MapArea> areas, List<EvidencePoint> points) {
        if (areas.isEmpty()) {
            return List.of(messages.get("cli.map.areas.none"));
        }
        AreaCounts counts = new AreaCounts();
        List<String> lines = new ArrayList<>();
        for (MapArea a : areas) {
            lines.add(messages.get("cli.map.areas.line", a.name(), counts.count(a, points), a.note()));
        }
        return lines;
    }

    private static String coordinates(double lat, double lon) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }
}
