package org.spoor.ingest.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Coordinates written in text: decimal pairs ({@code 21.0285, 105.8542}, {@code 21.0285 N 105.8542 E})
 * and degrees-minutes-seconds ({@code 21°01'42.6"N 105°51'15.1"E}). Keys are WGS 84 decimal
 * degrees rounded to five places (about a metre).
 */
final class CoordinateFinder implements EntityFinder {

    private static final Pattern DECIMAL = Pattern.compile(
            "(?<![\\d.])(-?\\d{1,2}\\.\\d{3,})\\s*°?\\s*([NS])?\\s*[,;/ ]\\s*(-?\\d{1,3}\\.\\d{3,})\\s*°?\\s*([EW])?(?![\\d.])");
    private static final Pattern DMS = Pattern.compile("(\\d{1,2})\\s*°\\s*(\\d{1,2})\\s*['′]\\s*(\\d{1,2}(?:[.,]\\d+)?)"
            + "\\s*(?:\"|″|'')?\\s*([NS])[,;\\s]*(\\d{1,3})\\s*°\\s*(\\d{1,2})\\s*['′]\\s*(\\d{1,2}(?:[.,]\\d+)?)"
            + "\\s*(?:\"|″|'')?\\s*([EW])");

    @Override
    public void find(String text, List<EntityMention> found) {
        Matcher m = DMS.matcher(text);
        while (m.find()) {
            double lat = dms(m.group(1), m.group(2), m.group(3)) * ("S".equals(m.group(4)) ? -1 : 1);
            double lon = dms(m.group(5), m.group(6), m.group(7)) * ("W".equals(m.group(8)) ? -1 : 1);
            add(found, m, lat, lon);
        }
        m = DECIMAL.matcher(text);
        while (m.find()) {
            double lat = Double.parseDouble(m.group(1)) * ("S".equals(m.group(2)) ? -1 : 1);
            double lon = Double.parseDouble(m.group(3)) * ("W".equals(m.group(4)) ? -1 : 1);
            add(found, m, lat, lon);
        }
    }

    private static double dms(String degrees, String minutes, String seconds) {
        return Integer.parseInt(degrees) + Integer.parseInt(minutes) / 60.0
                + Double.parseDouble(seconds.replace(',', '.')) / 3600.0;
    }

    private static void add(List<EntityMention> found, Matcher m, double lat, double lon) {
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return;
        }
        String key = String.format(Locale.ROOT, "%.5f,%.5f", lat, lon);
        found.add(EntityMention.inText(EntityType.COORDINATE, key, key, m.group(), m.start(), m.end()));
    }
}
