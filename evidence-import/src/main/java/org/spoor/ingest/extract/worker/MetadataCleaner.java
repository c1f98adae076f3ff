package org.spoor.ingest.extract.worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tika.metadata.Metadata;

/**
 * Makes parser output safe to store and show: no control characters (they break terminals, XML and JSON
 * exports), no lone surrogates, bounded sizes, and none of the parser's own temp-file names.
 */
final class MetadataCleaner {

    private static final int MAX_VALUE_CHARS = 32_768;
    private static final int MAX_VALUES_PER_KEY = 1_000;
    private static final int MAX_KEYS = 2_000;
    /** metadata-extractor describes the temp file Tika handed it, not the evidence: leave those out. */
    private static final Set<String> DROPPED = Set.of("File Name", "File Size", "File Modified Date",
            "X-TIKA:content");

    /** Keys every parsed item gets, whatever it is: they say nothing about the evidence. */
    private static final Set<String> BOOKKEEPING = Set.of("Content-Type", "Content-Length", "resourceName",
            "X-TIKA:Parsed-By", "X-TIKA:Parsed-By-Full-Set", "Content-Encoding", "X-TIKA:detectedEncoding",
            "X-TIKA:encodingDetector", "spoor:text-truncated", "X-TIKA:embedded_depth");

    private MetadataCleaner() {
    }

    static Map<String, List<String>> clean(Metadata metadata) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        for (String name : new TreeSet<>(Arrays.asList(metadata.names()))) {
            if (DROPPED.contains(name) || clean.size() >= MAX_KEYS) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String value : metadata.getValues(name)) {
                String cleanValue = cleanValue(value);
                if (!cleanValue.isEmpty() && values.size() < MAX_VALUES_PER_KEY) {
                    values.add(cleanValue);
                }
            }
            String key = cleanValue(name);
            if (!values.isEmpty() && !key.isEmpty()) {
                clean.put(key, values);
            }
        }
        return clean;
    }

    /** Whether the metadata holds anything beyond what every parsed item gets. */
    static boolean saysSomething(Map<String, List<String>> metadata) {
        return metadata.keySet().stream().anyMatch(key -> !BOOKKEEPING.contains(key));
    }

    /** A metadata value on one line: controls (newlines too) become spaces, trimmed and capped. */
    static String cleanValue(String value) {
        if (value == null) {
            return "";
        }
        String capped = value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
        return replaceUnsafe(capped, false).trim();
    }

    /** Text keeps tabs and line breaks; other controls become spaces, lone surrogates U+FFFD. */
    static String cleanText(String text) {
        return replaceUnsafe(text, true);
    }

    private static String replaceUnsafe(String value, boolean keepLayout) {
        StringBuilder out = null;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            char replacement = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = '\uFFFD';
            } else if (Character.isISOControl(c) && !(keepLayout && (c == '\n' || c == '\r' || c == '\t'))) {
                replacement = ' ';
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(length).append(value, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? value : out.toString();
    }
}
