package org.spoor.app.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.Route;
import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.layer.TimeWindow;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;

/**
 * The bundle's map: the case's located items (seizure sites, photo positions, phone fixes, shared
 * locations, coordinates in text, device routes; {@link CaseLocations}) that come from disclosed
 * exhibits, drawn by the mapping module on the offline basemap. Items of withheld exhibits are
 * dropped, and the points keep no label or reference (a seizure site's label counts every exhibit
 * seized there), so the picture holds positions only.
 */
final class CaseMap {

    private final Supplier<Basemap> basemap;
    private final Supplier<Gazetteer> gazetteer;

    CaseMap(Supplier<Basemap> basemap, Supplier<Gazetteer> gazetteer) {
        this.basemap = basemap;
        this.gazetteer = gazetteer;
    }

    /** The disclosed items' map, without labels; empty of points when nothing disclosed is located. */
    MapModel model(CaseFile caseFile, DisclosureScope scope) {
        List<LocatedItem> kept = new CaseLocations(gazetteer.get()).items(caseFile).stream()
                .filter(item -> scope.isDisclosed(item.exhibitId())).toList();
        List<EvidencePoint> points = kept.stream().map(item -> bare(item.point())).toList();
        List<Route> routes = CaseLocations.routes(kept).stream()
                .map(r -> new Route(r.id(), "", r.stops().stream().map(CaseMap::bare).toList())).toList();
        return new MapModel(caseFile.details().title(), points, routes, List.of(), TimeWindow.ALL);
    }

    private static EvidencePoint bare(EvidencePoint point) {
        return new EvidencePoint(point.id(), point.lat(), point.lon(), point.time(), point.kind(), "", "");
    }

    /** The PNG, or null when nothing disclosed is located. */
    byte[] png(MapModel model) throws IOException {
        if (model.points().isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new MapRenderer(basemap.get()).render(model, RenderOptions.standard().withSize(1600, 1200)),
                "png", out);
        return out.toByteArray();
    }
}
