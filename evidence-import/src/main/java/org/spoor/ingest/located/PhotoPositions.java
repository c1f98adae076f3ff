package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.mapping.EvidencePoint;

/**
 * Photos with an EXIF GPS position (read by extraction into exhibit_content). A camera's photos in
 * time order are a route: the track is the seized item the photo came out of plus the camera model,
 * so two phones of the same model are never joined into one journey.
 */
final class PhotoPositions {

    static final String KIND = "photo";

    private final ExhibitContentRepository contents;
    private final ExhibitLookup exhibits;

    PhotoPositions(ExhibitContentRepository contents, ExhibitLookup exhibits) {
        this.contents = contents;
        this.exhibits = exhibits;
    }

    List<LocatedItem> collect(PointGuard guard) {
        List<LocatedItem> items = new ArrayList<>();
        for (ExhibitContent photo : contents.located()) {
            Optional<Exhibit> found = exhibits.byId(photo.exhibitId());
            if (found.isEmpty() || photo.photoLongitude() == null) {
                continue;
            }
            Exhibit exhibit = found.get();
            String device = photo.photoDevice();
            String label = device == null || device.isBlank() ? exhibit.originalName()
                    : exhibit.originalName() + " (" + device + ")";
            String track = device == null || device.isBlank() ? null
                    : "camera:" + exhibits.root(exhibit).ref() + ":" + device;
            guard.point("photo:" + exhibit.ref(), photo.photoLatitude(), photo.photoLongitude(),
                    photo.photoTakenAt(), KIND, label, ExhibitLookup.sourceRef(exhibit, ""))
                    .ifPresent(p -> items.add(new LocatedItem(p, exhibit.id(), exhibit.ref(), exhibit.originalName(),
                            "", track)));
        }
        return items;
    }
}
