package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.MapTexts;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor map DIR --out FILE}: the case's located items and routes as GeoJSON, KML, GeoPackage or
 * a PNG for the bundle, the format picked from the extension (exit 1 for any other). The export is
 * recorded in the audit log as {@code case.exported}.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Export the case's located items and routes (.geojson, .kml, .gpkg or .png).")
final class MapCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "File to write: .geojson, .kml, .gpkg or .png")
    Path out;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    MapCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Messages messages = context.messages();
        if (!MapExporter.supports(out)) {
            throw new UsageException(messages.get("cli.map.unsupported", out.getFileName()));
        }
        MapModel model;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            model = new CaseLocations(new GazetteerLoader().load()).model(opened);
            MapRenderer renderer = new MapRenderer(new BasemapLoader().load());
            RenderOptions png = RenderOptions.standard().withLocale(messages.locale());
            new CaseMapExport(new MapExporter(renderer, png)).export(opened, model, out);
        } catch (MapException e) {
            throw new BadInputException(new MapTexts(messages.locale()).message(e));
        }
        String format = CaseMapExport.format(out);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", out.toAbsolutePath().toString());
            doc.put("format", format);
            doc.put("points", model.visiblePoints().size());
            doc.put("routes", model.visibleRoutes().size());
            context.json().print(doc);
        } else {
            context.out().println(messages.get("cli.map.done", model.visiblePoints().size(),
                    model.visibleRoutes().size(), out.toAbsolutePath(), format));
        }
        return ExitCodes.DONE;
    }
}
