package org.spoor.app.ui.evidence;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How exhibits' sizes and times read in the window: in the investigator's language and the case's zone. */
public final class ExhibitFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private final ZoneId zone;
    private final Locale locale;

    public ExhibitFormat(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Bytes in the largest unit that keeps a number of at least 1 ("3.2 MB"); decimal units, as file managers. */
    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }

    /** A time to the minute in the case's zone, or an empty text if unknown. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A time to the second, for custody events. */
    public String preciseTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atZone(zone));
    }
}
