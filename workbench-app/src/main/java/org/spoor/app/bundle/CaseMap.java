package org.spoor.app.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;

/**
 * The bundle's map: photo positions and phone locations of the disclosed exhibits, drawn by the
 * mapping module on the offline basemap. Positions from withheld exhibits are never plotted.
 */
final class CaseMap {

    private final ExhibitContentRepository contents;
    private final LocationRepository locations;
    private final Supplier<Basemap> basemap;

    CaseMap(ExhibitContentRepository contents, LocationRepository locations, Supplier<Basemap> basemap) {
        this.contents = contents;
        this.locations = locations;
        this.basemap = basemap;
    }

    List<EvidencePoint> points(DisclosureScope scope) {
        List<EvidencePoint> points = new ArrayList<>();
        for (ExhibitContent located : contents.located()) {
            Exhibit exhibit = scope.disclosedExhibit(located.exhibitId());
            if (exhibit != null && located.photoLongitude() != null
                    && onEarth(located.photoLatitude(), located.photoLongitude())) {
                points.add(new EvidencePoint(exhibit.ref(), located.photoLatitude(), located.photoLongitude(),
                        located.photoTakenAt(), "photo", exhibit.ref(), exhibit.ref()));
            }
        }
        for (Exhibit exhibit : scope.disclosed()) {
            for (Location location : locations.findByExhibit(exhibit.id())) {
                if (!onEarth(location.latitude(), location.longitude())) {
                    continue;
                }
                points.add(new EvidencePoint(exhibit.ref() + " " + location.source().locator(), location.latitude(),
                        location.longitude(), location.recordedAt() == null ? null : location.recordedAt().instant(),
                        "phone_location", location.label() == null ? exhibit.ref() : location.label(),
                        exhibit.ref() + " " + location.source().locator()));
            }
        }
        return points;
    }

    private static boolean onEarth(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /** The PNG, or null when nothing disclosed is located. */
    byte[] png(String title, List<EvidencePoint> points) throws IOException {
        if (points.isEmpty()) {
            return null;
        }
        MapModel model = MapModel.of(title, points);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new MapRenderer(basemap.get()).render(model, RenderOptions.standard().withSize(1600, 1200)),
                "png", out);
        return out.toByteArray();
    }
}
