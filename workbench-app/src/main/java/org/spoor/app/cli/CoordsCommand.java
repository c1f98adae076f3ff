package org.spoor.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.mapping.crs.CoordinateConverter;
import org.spoor.mapping.crs.CoordinateSystems;
import org.spoor.mapping.crs.NamedCrs;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.NearestPlace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor coords A B --crs SYSTEM}: where a coordinate typed from a seizure record or a survey
 * map lies, in WGS 84, its UTM zone, VN-2000 and the country's own systems, with the nearest known
 * place as a check that it landed where the record says. Works offline; nothing is written.
 */
@Command(name = "coords", mixinStandardHelpOptions = true,
        description = "Convert a typed coordinate (WGS 84, UTM, VN-2000 incl. provincial grids, national systems).")
final class CoordsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A", description = "First number as written")
    Double first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Second number as written")
    Double second;

    @Option(names = "--crs", paramLabel = "SYSTEM", defaultValue = "EPSG:4326",
            description = "System of the typed numbers: EPSG code, name, or a Vietnamese province for its"
                    + " VN-2000 grid (default WGS 84 latitude longitude)")
    String crs;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "AUTO",
            description = "AUTO (tell from the values), EN (easting first) or NE (northing first, VN X Y)")
    TypedCoordinate.Order order;

    @Option(names = "--to", paramLabel = "SYSTEM", description = "Also convert into this system")
    List<String> targets = new ArrayList<>();

    @Option(names = "--list", description = "List the systems Spoor knows")
    boolean list;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    CoordsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws BadInputException, UsageException {
        Messages messages = context.messages();
        CoordinateSystems systems = new CoordinateSystems();
        if (list) {
            return listSystems(systems);
        }
        if (first == null || second == null) {
            throw new UsageException(messages.get("cli.coords.twoNumbers"));
        }
        NamedCrs from = systems.find(crs).orElseThrow(() -> new UsageException(messages.get("cli.coords.unknown", crs)));
        List<NamedCrs> also = new ArrayList<>();
        for (String target : targets) {
            also.add(systems.find(target).orElseThrow(() ->
                    new UsageException(messages.get("cli.coords.unknown", target))));
        }
        TypedCoordinate typed = TypedCoordinate.read(from, first, second, order);
        CoordinateConverter converter = new CoordinateConverter(systems);
        double[] lonLat = wgs84(converter, from, typed);
        double lon = lonLat[0];
        double lat = lonLat[1];
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            throw new BadInputException(messages.get("cli.coords.outside", from.name()));
        }
        List<NamedCrs> outputs = new ArrayList<>();
        outputs.add(systems.utmFor(lat, lon));
        if ("VN".equals(from.country()) || inVietnam(lat, lon)) {
            systems.find("EPSG:" + (lon < 108 ? 3405 : 3406)).ifPresent(outputs::add);
        }
        outputs.addAll(also);
        Map<String, double[]> converted = new LinkedHashMap<>();
        for (NamedCrs to : outputs) {
            converted.put(to.id(), converter.fromWgs84(to.id(), lon, lat));
        }
        var nearest = new NearestPlace(new GazetteerLoader().load()).near(lat, lon);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("typed", Map.of("crs", from.id(), "name", from.name(), "x", typed.x(), "y", typed.y(),
                    "readNorthingFirst", typed.swapped() && !from.geographic(), "ambiguousOrder", typed.ambiguous()));
            doc.put("wgs84", Map.of("lat", round(lat, 7), "lon", round(lon, 7)));
            List<Map<String, Object>> others = new ArrayList<>();
            for (NamedCrs to : outputs) {
                double[] xy = converted.get(to.id());
                others.add(Map.of("crs", to.id(), "name", to.name(), "x", round(xy[0], 3), "y", round(xy[1], 3)));
            }
            doc.put("also", others);
            nearest.ifPresent(found -> doc.put("nearestPlace", Map.of("name", found.place().name(),
                    "localName", String.valueOf(found.place().localName()), "kind", found.place().kind(),
                    "country", found.place().country(), "distanceKm", round(found.distanceKm(), 2))));
            context.json().print(doc);
            return ExitCodes.DONE;
        }
        var out = context.out();
        if (from.geographic()) {
            out.println(messages.get("cli.coords.typedGeographic", from.name(), fmt(typed.y(), 7), fmt(typed.x(), 7)));
        } else {
            out.println(messages.get(typed.swapped() ? "cli.coords.typedNorthingFirst" : "cli.coords.typedEastingFirst",
                    from.name(), fmt(typed.x(), 3), fmt(typed.y(), 3)));
            if (typed.ambiguous()) {
                out.println(messages.get("cli.coords.ambiguous"));
            }
        }
        out.println(messages.get("cli.coords.wgs84", fmt(lat, 7), fmt(lon, 7), dms(lat, "N", "S"), dms(lon, "E", "W")));
        for (NamedCrs to : outputs) {
            double[] xy = converted.get(to.id());
            out.println(messages.get("cli.coords.other", to.name(), to.id(), fmt(xy[0], 3), fmt(xy[1], 3)));
        }
        nearest.ifPresent(found -> out.println(messages.get("cli.coords.nearest", placeName(found.place()),
                found.place().country(), fmt(found.distanceKm(), 1))));
        return ExitCodes.DONE;
    }

    /** NaN for anything PROJ cannot place (a latitude of 95°, an easting far outside the grid). */
    private static double[] wgs84(CoordinateConverter converter, NamedCrs from, TypedCoordinate typed) {
        if (from.geographic() && (Math.abs(typed.y()) > 90 || Math.abs(typed.x()) > 180)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        try {
            return converter.toWgs84(from.id(), typed.x(), typed.y());
        } catch (RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private Integer listSystems(CoordinateSystems systems) {
        if (json) {
            context.json().print(systems.all().stream().map(c -> Map.of("id", c.id(), "name", c.name(),
                    "country", c.country())).toList());
        } else {
            systems.all().forEach(c -> context.out().println(c.id() + "  " + c.name()
                    + (c.country().isEmpty() ? "" : "  [" + c.country() + "]")));
        }
        return ExitCodes.DONE;
    }

    /** "Cầu Treo / Cau Treo": the local script as on the signboard, the plain form as typed on any keyboard. */
    private static String placeName(org.spoor.mapping.gazetteer.Place place) {
        String local = place.localName();
        return local == null || local.isBlank() || local.equals(place.name()) ? place.name()
                : local + " / " + place.name();
    }

    private static boolean inVietnam(double lat, double lon) {
        return lat >= 8 && lat <= 23.5 && lon >= 102 && lon <= 110;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static String fmt(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    /** 18°23'09.6"N: how coordinates are read aloud over a radio or written in a report. */
    static String dms(double degrees, String positive, String negative) {
        double abs = Math.abs(degrees);
        int d = (int) abs;
        double minutesFull = (abs - d) * 60;
        int m = (int) minutesFull;
        double s = (minutesFull - m) * 60;
        if (s >= 59.95) {
            s = 0;
            m++;
        }
        if (m == 60) {
            m = 0;
            d++;
        }
        return String.format(Locale.ROOT, "%d°%02d'%04.1f\"%s", d, m, s, degrees < 0 ? negative : positive);
    }
}
