package org.spoor.ingest.phone.xry;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.comms.RecordedTime;

/**
 * XRY's times as the export writes them in the examiner's locale: {@code 1/2/2019 1:23:45 PM (Device)},
 * {@code 1/23/2019 1:23:45 PM UTC (Network)}, {@code 1/3/1990 1:23:54 AM UTC+4},
 * {@code 16/03/2023 14:03:22 (UTC+7)}. A 12-hour clock comes with the US month-first date and a
 * 24-hour clock with day-first, unless a part over 12 says otherwise. A time without a zone is
 * taken as UTC (as Autopsy does) and keeps no original offset, so nobody reads it as local time.
 */
final class XryTimes {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})[ T]+"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?\\s*(.*)$");
    private static final Pattern ZONE = Pattern.compile("(?:UTC|GMT|Z)\\s*(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?"
            + "|([+-])(\\d{2}):?(\\d{2})");

    private XryTimes() {
    }

    /** The instant, or null when the value is not a time XRY writes. */
    static RecordedTime parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = local(m);
            ZoneOffset offset = offset(m.group(8));
            if (offset == null) {
                return RecordedTime.utc(local.toInstant(ZoneOffset.UTC));
            }
            return RecordedTime.of(local.atOffset(offset));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime local(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        String meridiem = m.group(7);
        int year;
        int month;
        int day;
        if (m.group(1).length() == 4) {
            year = a;
            month = b;
            day = c;
        } else {
            year = c < 100 ? 2000 + c : c;
            boolean monthFirst = meridiem != null ? a <= 12 : b > 12;
            month = monthFirst ? a : b;
            day = monthFirst ? b : a;
        }
        int hour = Integer.parseInt(m.group(4));
        if (meridiem != null) {
            boolean pm = meridiem.toLowerCase(Locale.ROOT).equals("pm");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        return LocalDateTime.of(year, month, day, hour, Integer.parseInt(m.group(5)), second);
    }

    /** The zone written after the time, without XRY's "(Device)"/"(Network)" clock source; null if none. */
    private static ZoneOffset offset(String rest) {
        String zone = rest.replaceAll("(?i)\\((device|network)\\)", "").replace("(", " ").replace(")", " ").trim();
        if (zone.isEmpty()) {
            return null;
        }
        Matcher z = ZONE.matcher(zone.toUpperCase(Locale.ROOT));
        if (!z.find()) {
            return null;
        }
        String sign = z.group(1) != null ? z.group(1) : z.group(4);
        String hours = z.group(2) != null ? z.group(2) : z.group(5);
        String minutes = z.group(3) != null ? z.group(3) : z.group(6);
        if (sign == null) {
            return ZoneOffset.UTC;
        }
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        return sign.equals("-") ? ZoneOffset.ofHoursMinutes(-h, -min) : ZoneOffset.ofHoursMinutes(h, min);
    }
}
