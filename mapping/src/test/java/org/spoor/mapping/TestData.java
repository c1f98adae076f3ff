package org.spoor.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.basemap.BasemapLoader;

/** Shared fixtures: the basemap (loaded once per JVM, it is immutable) and a small trafficking case. */
public final class TestData {

    private static final Basemap BASEMAP = new BasemapLoader().load();

    private TestData() {
    }

    public static Basemap basemap() {
        return BASEMAP;
    }

    public static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

    /** Seizure in Vinh, a phone moving Vinh - Cau Treo - Nam Phao, a photo in Tanjung Priok. */
    public static MapModel smallCase() {
        List<EvidencePoint> pts = new ArrayList<>();
        pts.add(new EvidencePoint("seizure-1", 18.6796, 105.6813, T0, "seizure", "Warehouse, Vinh",
                "EX-001"));
        pts.add(new EvidencePoint("fix-1", 18.6700, 105.6900, T0.plusSeconds(3600), "phone_location",
                "Phone A fix 1", "EX-002/loc/1"));
        pts.add(new EvidencePoint("fix-2", 18.5000, 105.4000, T0.plusSeconds(7200), "phone_location",
                "Phone A fix 2", "EX-002/loc/2"));
        pts.add(new EvidencePoint("fix-3", 18.3860, 105.1550, T0.plusSeconds(10800), "phone_location",
                "Phone A at Cầu Treo", "EX-002/loc/3"));
        pts.add(new EvidencePoint("fix-4", 18.3920, 105.1420, T0.plusSeconds(12600), "phone_location",
                "Phone A at Nam Phao", "EX-002/loc/4"));
        pts.add(new EvidencePoint("photo-1", -6.1040, 106.8800, null, "photo", "Crates at Tanjung Priok",
                "EX-003/IMG_0042.JPG"));
        return MapModel.of("Operation Test: Vinh - Cau Treo", pts);
    }
}
