package org.spoor.mapping.gazetteer;

import java.util.List;

/**
 * A named place: city, airport, province (today's, or a Vietnamese province as it was before the
 * 2025 merger), border gate, seaport or river port.
 *
 * @param kind       city, airport, province, province_pre2025, border_gate, seaport, river_port, dry_port
 * @param country    ISO 3166-1 alpha-2
 * @param name       the name in plain Latin (or the name the source gives)
 * @param localName  the name in local script or with its diacritics ("Cầu Treo", "ນ້ຳພາວ"); may equal name
 * @param altNames   other names it is known by (IATA code, former names, merged provinces)
 * @param admin      the province it lies in; for a pre-2025 Vietnamese province, the province it merged into
 * @param source     where the entry comes from (GeoNames, OpenFlights, curated, ...)
 * @param note       what else an investigator should know (paired border gate, approximation)
 */
public record Place(String kind, String country, String name, String localName, List<String> altNames,
                    double lat, double lon, String admin, String source, String note) {

    public Place {
        altNames = List.copyOf(altNames);
    }

    /**
     * A stable id of the place, the same after the gazetteer is reloaded or extended:
     * {@code border_gate:VN:cau treo}. Decisions on geocoded places are stored under it.
     */
    public String id() {
        return kind + ":" + country + ":" + PlaceNames.fold(name);
    }

    /** A border gate, seaport, river port or dry port from the curated trafficking-route list. */
    public boolean transitPoint() {
        return kind.endsWith("_port") || kind.equals("border_gate") || kind.equals("seaport");
    }
}
