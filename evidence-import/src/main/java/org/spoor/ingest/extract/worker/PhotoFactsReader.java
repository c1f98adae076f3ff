package org.spoor.ingest.extract.worker;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.tika.metadata.Metadata;
import org.spoor.ingest.extract.PhotoFacts;

/** EXIF location, time and device from Tika's image metadata (see {@link PhotoFacts} for the time rules). */
final class PhotoFactsReader {

    static final String LATITUDE = "geo:lat";
    static final String LONGITUDE = "geo:long";
    static final String GPS_TIME = "geo:timestamp";
    static final String ORIGINAL_TIME = "exif:DateTimeOriginal";
    /** EXIF 2.31 OffsetTimeOriginal (0x9011), as metadata-extractor names it. */
    static final String ORIGINAL_OFFSET = "Exif SubIFD:Time Zone Original";
    static final String MAKE = "tiff:Make";
    static final String MODEL = "tiff:Model";

    private PhotoFactsReader() {
    }

    /** The photo facts, or null when the item carries no EXIF location, capture time or device. */
    static PhotoFacts read(Metadata metadata) {
        Double latitude = coordinate(metadata.get(LATITUDE), 90);
        Double longitude = coordinate(metadata.get(LONGITUDE), 180);
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
        String offset = offset(metadata.get(ORIGINAL_OFFSET));
        Instant takenAt = takenAt(metadata.get(ORIGINAL_TIME), offset, metadata.get(GPS_TIME));
        String make = text(metadata.get(MAKE));
        String model = text(metadata.get(MODEL));
        boolean exifTime = metadata.get(ORIGINAL_TIME) != null;
        if (latitude == null && !exifTime && make == null && model == null) {
            return null;
        }
        return new PhotoFacts(latitude, longitude, takenAt, offset, make, model);
    }

    static Instant takenAt(String original, String offset, String gpsTime) {
        LocalDateTime local = localTime(original);
        if (local != null && offset != null) {
            return local.atOffset(ZoneOffset.of(offset)).toInstant();
        }
        Instant gps = instant(gpsTime);
        if (gps != null) {
            return gps;
        }
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime localTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value.trim());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** EXIF writes offsets as "+07:00"; anything else is ignored. */
    static String offset(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches("[+-]\\d{2}:\\d{2}")) {
            return null;
        }
        try {
            ZoneOffset.of(trimmed);
            return trimmed;
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }

    private static Double coordinate(String value, double limit) {
        if (value == null) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value.trim());
            return Double.isFinite(degrees) && Math.abs(degrees) <= limit ? degrees : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        String clean = MetadataCleaner.cleanValue(value);
        return clean.isEmpty() ? null : clean;
    }
}
