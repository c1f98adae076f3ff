package org.spoor.search.schema;

import java.util.Map;

/** Names of the fields of one indexed item, and how much each weighs in a free-text query. */
public final class IndexFields {

    /** Exhibit id as a keyword: the key for replace and delete. Stored. */
    public static final String EXHIBIT_ID = "exhibit_id";
    /** The exhibit's file name as shown to the investigator. Stored only. */
    public static final String FILE_NAME = "file_name";
    /** The file name, folded, so that {@code sổ cái.xlsx} is found by {@code so cai}. */
    public static final String NAME = "name";
    /** Body text folded (case and diacritics); also holds the stored, capped copy for snippets. */
    public static final String TEXT = "text";
    /** Body text case-folded only: diacritics kept. */
    public static final String TEXT_EXACT = "text_exact";
    /** Body text of Spanish items, lightly stemmed. */
    public static final String TEXT_SPANISH = "text_es";
    /** Body text of Indonesian items, lightly stemmed. */
    public static final String TEXT_INDONESIAN = "text_id";
    /** Values of the item's extra metadata (sender, recipient, subject, ...), folded. */
    public static final String EXTRA = "extra";
    /** Prefix of the stored extra metadata fields: {@code x.subject}. */
    public static final String EXTRA_STORED_PREFIX = "x.";
    public static final String KIND = "kind";
    public static final String MEDIA_TYPE = "media_type";
    public static final String LANGUAGE = "language";
    /** The custodian as written, stored for display. */
    public static final String CUSTODIAN = "custodian";
    /** The custodian case-folded and trimmed: the filter key. */
    public static final String CUSTODIAN_KEY = "custodian_key";
    /**
     * Set on the documents of single records inside an exhibit (one message of a phone database): the
     * exhibit id and the record's place in it, the key for replacing that record. Absent on an exhibit's
     * own document.
     */
    public static final String RECORD_KEY = "record_key";
    /** "1" on every record's document: what tells them from their exhibit's own document. */
    public static final String IS_RECORD = "is_record";
    /** Where the record is inside its exhibit ({@code sms:_id=42}), stored for display and jumping to it. */
    public static final String RECORD_LOCATOR = "record_locator";
    /** Item time in epoch milliseconds: a point for range filters, and stored. */
    public static final String ITEM_TIME = "item_time";

    /**
     * Fields a free-text query runs over, with their weights. The exact field weighs more than the
     * folded one, so a query typed with diacritics ranks documents spelled the same way first; the
     * stemmed fields weigh less, so an inflected match never beats a literal one.
     */
    public static final Map<String, Float> QUERY_FIELD_WEIGHTS = Map.of(
            TEXT, 1.0f,
            TEXT_EXACT, 1.5f,
            TEXT_SPANISH, 0.5f,
            TEXT_INDONESIAN, 0.5f,
            NAME, 1.0f,
            EXTRA, 1.0f);

    /** Fields whose matches are marked in the snippet drawn from {@link #TEXT}'s stored copy. */
    public static final String[] FIELDS_SHARING_TEXT_OFFSETS = {TEXT_EXACT, TEXT_SPANISH, TEXT_INDONESIAN};

    private IndexFields() {
    }
}
