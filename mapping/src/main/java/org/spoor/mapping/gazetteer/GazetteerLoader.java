package org.spoor.mapping.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.spoor.mapping.MapException;

/**
 * Reads the shipped gazetteer (GeoNames cities, OpenFlights airports, provinces) and the curated
 * list of border gates and ports. Both are tab-separated with a header line; '#' starts a comment.
 */
public final class GazetteerLoader {

    private static final String BASE = "/org/spoor/mapping/basemap/";

    public Gazetteer load() {
        List<Place> places = new ArrayList<>();
        try (InputStream gz = open(BASE + "gazetteer.tsv.gz");
             InputStream curated = open(BASE + "curated-places.tsv")) {
            readGenerated(new GZIPInputStream(gz), places);
            readCurated(curated, places);
        } catch (IOException e) {
            throw new MapException(e, "map.gazetteer.unreadable", BASE);
        }
        return new Gazetteer(places);
    }

    /** Adds a user's own list (same columns as curated-places.tsv) to the shipped places. */
    public Gazetteer loadWith(InputStream extraCurated) throws IOException {
        List<Place> places = new ArrayList<>(load().places());
        readCurated(extraCurated, places);
        return new Gazetteer(places);
    }

    private static InputStream open(String path) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(path);
        if (in == null) {
            throw new MapException("map.gazetteer.missing", path);
        }
        return in;
    }

    // kind country name alt_names lat lon admin source
    private static void readGenerated(InputStream in, List<Place> out) throws IOException {
        for (String[] c : rows(in)) {
            List<String> alt = c[3].isEmpty() ? List.of() : Arrays.asList(c[3].split("\\|"));
            String note = c[0].equals("province_pre2025") ? "merged into " + c[6] + " (2025)" : "";
            out.add(new Place(c[0], c[1], c[2], c[2], alt, Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                    c[6], c[7], note));
        }
    }

    // kind country name_latin name_local lat lon source note
    private static void readCurated(InputStream in, List<Place> out) throws IOException {
        for (String[] c : rows(in)) {
            out.add(new Place(c[0], c[1], c[2], c[3], List.of(), Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                    "", c[6], c.length > 7 ? c[7] : ""));
        }
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
