package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.ingest.located.PlaceReview;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.RenderOptions;
import org.spoor.place.AreaEdits;
import org.spoor.place.AreaOfInterest;

/** The open case's located items, through the same services {@code spoor map} uses. */
public final class CaseMapSource implements MapSource {

    private final CaseFile caseFile;
    private final MapResources resources;
    private final Locale language;

    public CaseMapSource(CaseFile caseFile, MapResources resources, Locale language) {
        this.caseFile = caseFile;
        this.resources = resources;
        this.language = language;
    }

    @Override
    public String title() {
        return caseFile.details().title();
    }

    @Override
    public List<LocatedItem> items() {
        return new CaseLocations(resources.gazetteer()).items(caseFile);
    }

    @Override
    public void export(MapModel model, Path out) {
        MapExporter exporter = new MapExporter(resources.renderer(), RenderOptions.standard().withLocale(language));
        new CaseMapExport(exporter).export(caseFile, model, out);
    }

    @Override
    public List<FeatureLayer> readLayer(Path file) {
        return resources.userLayers().read(file);
    }

    @Override
    public List<MapArea> areas() {
        return CaseLocations.areas(caseFile);
    }

    @Override
    public MapArea createArea(String name, String note, Polygon outline) throws CaseException {
        AreaOfInterest a = AreaEdits.of(caseFile).create(name, note, new WKTWriter().write(outline));
        return MapArea.fromWkt(a.id(), a.name(), a.note(), a.geometryWkt());
    }

    @Override
    public MapArea renameArea(String id, String name, String note) throws CaseException {
        AreaOfInterest a = AreaEdits.of(caseFile).rename(id, name, note);
        return MapArea.fromWkt(a.id(), a.name(), a.note(), a.geometryWkt());
    }

    @Override
    public void deleteArea(String id) throws CaseException {
        AreaEdits.of(caseFile).delete(id);
    }

    @Override
    public List<PlaceMention> places() {
        return new PlaceReview(resources.gazetteer()).places(caseFile);
    }

    @Override
    public PlaceMention decide(PlaceMention place, boolean confirm, String reason) throws CaseException {
        PlaceReview review = new PlaceReview(resources.gazetteer());
        return confirm ? review.confirm(caseFile, place, reason) : review.reject(caseFile, place, reason);
    }
}
