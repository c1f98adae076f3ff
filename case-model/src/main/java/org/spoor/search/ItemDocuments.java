package org.spoor.search;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.spoor.search.schema.IndexFields;
import org.spoor.search.schema.LanguageCodes;
import org.spoor.search.snippet.Snippet;

/** Maps an {@link IndexedItem} to a Lucene document and a stored document back to a hit. */
final class ItemDocuments {

    /**
     * Characters of an item's text kept in the index for snippets (about 100 pages). All of the
     * text is searchable; only hits within this prefix get a marked snippet. The viewer shows the
     * whole text from the blob store, so the index need not hold multi-megabyte copies.
     */
    static final int STORED_TEXT_LIMIT = 200_000;

    /** Tokenized, not stored, with offsets so snippets need no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ItemDocuments() {
    }

    static Document toDocument(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.EXHIBIT_ID, Long.toString(item.exhibitId()), Field.Store.YES));
        doc.add(new StoredField(IndexFields.FILE_NAME, item.fileName()));
        doc.add(new Field(IndexFields.NAME, item.fileName(), TEXT_WITH_OFFSETS));
        addText(doc, item);
        addKeyword(doc, IndexFields.KIND, lower(item.kind()));
        addKeyword(doc, IndexFields.MEDIA_TYPE, baseMediaType(item.mediaType()));
        LanguageCodes.canonical(item.language()).ifPresent(code -> addKeyword(doc, IndexFields.LANGUAGE, code));
        if (item.custodian() != null && !item.custodian().isBlank()) {
            doc.add(new StoredField(IndexFields.CUSTODIAN, item.custodian()));
            doc.add(new StringField(IndexFields.CUSTODIAN_KEY, custodianKey(item.custodian()), Field.Store.NO));
        }
        if (item.itemTime() != null) {
            long millis = item.itemTime().toEpochMilli();
            doc.add(new LongPoint(IndexFields.ITEM_TIME, millis));
            doc.add(new StoredField(IndexFields.ITEM_TIME, millis));
        }
        item.extra().forEach((key, value) -> {
            if (value != null) {
                doc.add(new Field(IndexFields.EXTRA, value, TEXT_WITH_OFFSETS));
                doc.add(new StoredField(IndexFields.EXTRA_STORED_PREFIX + key, value));
            }
        });
        return doc;
    }

    /** The document of one record inside an exhibit, keyed by the exhibit and the record's place in it. */
    static Document toRecordDocument(IndexedItem item, String locator) {
        Document doc = toDocument(item);
        doc.add(new StringField(IndexFields.RECORD_KEY, recordKey(item.exhibitId(), locator), Field.Store.NO));
        doc.add(new StoredField(IndexFields.RECORD_LOCATOR, locator));
        doc.add(new StringField(IndexFields.IS_RECORD, "1", Field.Store.NO));
        return doc;
    }

    static String recordKey(long exhibitId, String locator) {
        return exhibitId + "\u0000" + locator;
    }

    /** The stored fields a hit shows; the stored text is left on disk (snippets read it). */
    static Document loadForHit(StoredFields storedFields, int docId) throws IOException {
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo fieldInfo) {
                return fieldInfo.name.equals(IndexFields.TEXT) ? Status.NO : Status.YES;
            }
        };
        storedFields.document(docId, visitor);
        return visitor.getDocument();
    }

    static SearchHit toHit(Document doc, float score, Snippet snippet) {
        IndexableField time = doc.getField(IndexFields.ITEM_TIME);
        Map<String, String> extra = new HashMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith(IndexFields.EXTRA_STORED_PREFIX)) {
                extra.put(field.name().substring(IndexFields.EXTRA_STORED_PREFIX.length()), field.stringValue());
            }
        }
        String locator = doc.get(IndexFields.RECORD_LOCATOR);
        if (locator != null) {
            extra.put(SearchHit.LOCATOR, locator);
        }
        return new SearchHit(Long.parseLong(doc.get(IndexFields.EXHIBIT_ID)), doc.get(IndexFields.FILE_NAME),
                score, snippet, doc.get(IndexFields.KIND), doc.get(IndexFields.MEDIA_TYPE),
                doc.get(IndexFields.LANGUAGE), doc.get(IndexFields.CUSTODIAN),
                time == null ? null : Instant.ofEpochMilli(time.numericValue().longValue()), extra);
    }

    /** The filter key of a custodian: "Nguyễn Văn A " and "nguyễn văn a" are one custodian. */
    static String custodianKey(String custodian) {
        return custodian.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code Text/HTML; charset=UTF-8} → {@code text/html}. */
    static String baseMediaType(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        int semicolon = mediaType.indexOf(';');
        return lower(semicolon < 0 ? mediaType : mediaType.substring(0, semicolon));
    }

    static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static void addText(Document doc, IndexedItem item) {
        String text = item.text();
        if (text.isEmpty()) {
            return;
        }
        doc.add(new Field(IndexFields.TEXT, text, TEXT_WITH_OFFSETS));
        doc.add(new StoredField(IndexFields.TEXT, storedPrefix(text)));
        doc.add(new Field(IndexFields.TEXT_EXACT, text, TEXT_WITH_OFFSETS));
        LanguageCodes.stemmedField(item.language())
                .ifPresent(field -> doc.add(new Field(field, text, TEXT_WITH_OFFSETS)));
    }

    /** The stored prefix never ends between the two halves of a surrogate pair. */
    private static String storedPrefix(String text) {
        if (text.length() <= STORED_TEXT_LIMIT) {
            return text;
        }
        int end = STORED_TEXT_LIMIT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
