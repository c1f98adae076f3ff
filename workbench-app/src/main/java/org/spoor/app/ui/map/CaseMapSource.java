package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.RenderOptions;

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
}
