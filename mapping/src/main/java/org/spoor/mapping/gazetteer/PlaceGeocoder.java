package org.spoor.mapping.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names in free text (messages, documents, OCR) and geocodes them with a confidence.
 * Longest match wins ("Cau Treo" before "Treo"). Confidence grows with the length of the name,
 * with diacritics written as in the gazetteer, with a transit-point kind, with a nearby word such
 * as "cửa khẩu", "port", "tỉnh", and shrinks when many places share the name.
 */
public final class PlaceGeocoder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Set<String> CONTEXT = Set.of("cua khau", "cang", "tinh", "thanh pho", "huyen",
            "border", "port", "gate", "province", "city", "pelabuhan", "provinsi", "kota", "bandara", "puerto",
            "provincia", "departamento", "frontera", "aimag", "airport", "san bay", "ben", "tp");
    private static final double MIN_CONFIDENCE = 0.35;

    private final Gazetteer gazetteer;

    public PlaceGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<GeocodedPlace> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<GeocodedPlace> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            GeocodedPlace best = null;
            int bestLen = 0;
            for (int n = Math.min(gazetteer.longestNameInWords(), words.size() - i); n >= 1 && best == null; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String candidate = text.substring(start, end);
                if (!Character.isUpperCase(candidate.codePointAt(0)) && !Character.isDigit(candidate.charAt(0))
                        && Character.isLetter(candidate.codePointAt(0)) && isCased(candidate)) {
                    continue; // place names are written capitalised in the scripts that have case
                }
                if (insideIdentifier(text, start, end)) {
                    continue;
                }
                List<Place> places = gazetteer.lookup(candidate);
                if (!places.isEmpty()) {
                    double c = confidence(text, start, candidate, n, places);
                    if (c >= MIN_CONFIDENCE) {
                        best = new GeocodedPlace(start, end, candidate, places.get(0), places.size(), c,
                                GeocodedPlace.Status.SUGGESTED);
                        bestLen = n;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Names glued to '/', '_', '\\' or '@' are parts of identifiers, not places: the time zone
     * "Asia/Ho_Chi_Minh" in a phone's settings, a file path, an e-mail address.
     */
    private static boolean insideIdentifier(String text, int start, int end) {
        return start > 0 && "/_\\@".indexOf(text.charAt(start - 1)) >= 0
                || end < text.length() && "/_\\@".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean isCased(String s) {
        int cp = s.codePointAt(0);
        return Character.isUpperCase(Character.toUpperCase(cp)) && Character.toUpperCase(cp) != cp;
    }

    private static double confidence(String text, int start, String written, int words, List<Place> places) {
        Place best = places.get(0);
        double c = 0.35 + 0.15 * Math.min(words - 1, 2);
        if (PlaceNames.fold(written).length() < 4) {
            c -= 0.2; // "Ba", "An": too common as ordinary words
        }
        if (exactly(written, best)) {
            c += 0.15;
        }
        if (best.transitPoint() || best.kind().startsWith("province")) {
            c += 0.15;
        }
        if (hasContextBefore(text, start)) {
            c += 0.2;
        }
        c -= 0.05 * Math.min(places.size() - 1, 4);
        return Math.max(0, Math.min(1, c));
    }

    private static boolean exactly(String written, Place p) {
        String w = Normalizer.normalize(written, Normalizer.Form.NFC);
        return !PlaceNames.fold(w).equals(w.toLowerCase(java.util.Locale.ROOT))
                && (w.equalsIgnoreCase(p.localName()) || w.equalsIgnoreCase(p.name()));
    }

    private static boolean hasContextBefore(String text, int start) {
        String before = PlaceNames.fold(text.substring(Math.max(0, start - 24), start));
        for (String word : CONTEXT) {
            if (before.endsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
