package org.spoor.app.ui.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/**
 * Located evidence for looking at the map by eye ({@code GuiLookMain map}): seizures at Cầu Treo,
 * Hải Phòng and the Vinh warehouse, the warehouse photo, and a phone's night drive from the border.
 */
public final class MapLookData {

    private MapLookData() {
    }

    public static void fill(CaseFile caseFile) throws Exception {
        Exhibit bienBan = register(caseFile, "bien-ban-thu-giu.txt", "Cửa khẩu Cầu Treo, Hà Tĩnh", "HT-2026-0314-01");
        register(caseFile, "shipping-manifest.txt", "Cảng Hải Phòng", "HP-2026-0320-02");
        Exhibit photo = register(caseFile, "kho-vinh.jpg", "Kho hàng, TP Vinh, Nghệ An", "NA-2026-0315-02");
        new ExhibitContentRepository(caseFile.db()).save(new ExhibitContent(photo.id(), "", null, false, null, null,
                "{}", 18.6796, 105.6813, Instant.parse("2026-03-15T02:20:00Z"), "+07:00", "Samsung Galaxy A52"));
        LocationRepository locations = new LocationRepository(caseFile.db());
        double[][] drive = {{18.392, 105.142}, {18.386, 105.155}, {18.43, 105.31}, {18.52, 105.45}, {18.60, 105.58},
            {18.6796, 105.6813}};
        for (int i = 0; i < drive.length; i++) {
            locations.add(new Location(null, SourceRef.of(bienBan.id(), "fix:" + i), drive[i][0], drive[i][1],
                    RecordedTime.utc(Instant.parse("2026-03-13T15:00:00Z").plusSeconds(1800L * i)), 20.0, "gps",
                    null));
        }
        locations.add(new Location(null, SourceRef.of(bienBan.id(), "message:_id=4"), 17.9757, 102.6331,
                RecordedTime.utc(Instant.parse("2026-03-12T08:30:00Z")), null, "WhatsApp shared location", "kho"));
    }

    private static Exhibit register(CaseFile caseFile, String name, String place, String seal) throws Exception {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)));
        return caseFile.registry().register("Lê Minh", new NewExhibit(null, "look", name, "seized/" + name,
                blob.size(), blob.sha256(), blob.md5(), blob.blobId(), "application/octet-stream",
                new SeizureFacts(place, Instant.parse("2026-03-13T22:40:00Z"), seal, "Nguyễn Thị Lan"), null),
                "look at the map");
    }
}
