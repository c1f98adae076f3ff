package org.spoor.ingest.phone.leapp;

/** One row of an ALEAPP/iLEAPP artifact, read from a TSV export or a LAVA table. */
interface LeappRow {

    /** The cell under a sanitized column name, trimmed; null when absent or empty. */
    String get(String column);

    /** Where the row sits in its source ({@code row:12}, {@code sms:rowid=12}). */
    String locator();
}
