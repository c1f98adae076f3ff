package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.ingest.located.PlaceReview;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.MapTexts;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.NearestPlace;
import org.spoor.mapping.hotspot.HotspotCluster;
import org.spoor.mapping.hotspot.HotspotFinder;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor map DIR --out FILE}: the case's located items, routes and areas of interest as GeoJSON,
 * KML, GeoPackage or a PNG for the bundle, the format picked from the extension (exit 1 for any other).
 * The export is recorded in the audit log as {@code case.exported}. {@code --hotspots} ranks the
 * hotspots (and adds them to an export), {@code --places} lists the geocoded place names to confirm or
 * reject with {@code spoor place}, {@code --areas} the areas of interest with the items inside each.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Export the case's map (.geojson, .kml, .gpkg or .png); list hotspots, places, areas.")
final class MapCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write: .geojson, .kml, .gpkg or .png")
    Path out;

    @Option(names = "--hotspots", description = "Rank the hotspots (and put them into the exported map)")
    boolean hotspots;

    @Option(names = "--radius-km", paramLabel = "KM", defaultValue = "1.0",
            description = "How far a hotspot reaches from its centre (default ${DEFAULT-VALUE} km)")
    double radiusKm;

    @Option(names = "--min-items", paramLabel = "N", defaultValue = "3",
            description = "Fewest items that make a hotspot (default ${DEFAULT-VALUE})")
    int minItems;

    @Option(names = "--places", description = "List the place names found and geocoded, with their decisions")
    boolean places;

    @Option(names = "--areas", description = "List the areas of interest with the items inside each")
    boolean areas;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    MapCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Messages messages = context.messages();
        if (out == null && !hotspots && !places && !areas) {
            throw new UsageException(messages.get("cli.map.nothing"));
        }
        if (out != null && !MapExporter.supports(out)) {
            throw new UsageException(messages.get("cli.map.unsupported", out.getFileName()));
        }
        if (!(radiusKm > 0) || minItems < 1) {
            throw new UsageException(messages.get("cli.map.badHotspotSettings"));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            Gazetteer gazetteer = new GazetteerLoader().load();
            MapModel model = new CaseLocations(gazetteer).model(opened);
            List<HotspotCluster> found = hotspots
                    ? new HotspotFinder(radiusKm, minItems, new NearestPlace(gazetteer)).find(model.points())
                    : List.of();
            model = model.withHotspots(found);
            if (out != null) {
                export(opened, model, doc);
            }
            list(opened, gazetteer, model, found, doc);
        } catch (MapException e) {
            throw new BadInputException(new MapTexts(messages.locale()).message(e));
        }
        if (json) {
            context.json().print(doc);
        }
        return ExitCodes.DONE;
    }

    private void export(CaseFile opened, MapModel model, Map<String, Object> doc) {
        MapRenderer renderer = new MapRenderer(new BasemapLoader().load());
        RenderOptions png = RenderOptions.standard().withLocale(context.messages().locale());
        new CaseMapExport(new MapExporter(renderer, png)).export(opened, model, out);
        String format = CaseMapExport.format(out);
        doc.put("file", out.toAbsolutePath().toString());
        doc.put("format", format);
        doc.put("points", model.visiblePoints().size());
        doc.put("routes", model.visibleRoutes().size());
        doc.put("area_count", model.areas().size());
        if (!json) {
            context.out().println(context.messages().get("cli.map.done", model.visiblePoints().size(),
                    model.visibleRoutes().size(), out.toAbsolutePath(), format));
        }
    }

    private void list(CaseFile opened, Gazetteer gazetteer, MapModel model, List<HotspotCluster> found,
                      Map<String, Object> doc) {
        MapListing listing = new MapListing(context.messages());
        if (hotspots) {
            doc.put("hotspots", MapListing.hotspotsJson(found));
            print(listing.hotspotLines(found));
        }
        if (places) {
            List<PlaceMention> mentions = new PlaceReview(gazetteer).places(opened);
            doc.put("places", MapListing.placesJson(mentions));
            print(listing.placeLines(mentions));
        }
        if (areas) {
            doc.put("areas", MapListing.areasJson(model.areas(), model.points()));
            print(listing.areaLines(model.areas(), model.points()));
        }
    }

    private void print(List<String> lines) {
        if (!json) {
            lines.forEach(context.out()::println);
        }
    }
}
