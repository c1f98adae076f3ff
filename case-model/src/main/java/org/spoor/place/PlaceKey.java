package org.spoor.place;

import java.util.Objects;

/**
 * What a geocoded place name is, independent of row ids: the exhibit it was found in, the span of
 * the name in that exhibit's text (or seizure record) and the candidate place the geocoder chose. A
 * re-import or re-geocoding of the same text finds the same key, so an earlier decision still applies.
 *
 * @param exhibitRef     the exhibit's reference ({@code SPR-0004})
 * @param start          offset of the name's first character
 * @param end            offset after its last character
 * @param candidatePlace the gazetteer place's id ({@code border_gate:VN:cau treo})
 */
public record PlaceKey(String exhibitRef, int start, int end, String candidatePlace) {

    public PlaceKey {
        Objects.requireNonNull(exhibitRef, "exhibitRef");
        Objects.requireNonNull(candidatePlace, "candidatePlace");
    }

    /** {@code SPR-0004#12-20@border_gate:VN:cau treo}: the key as stored, printed and typed on the command line. */
    public String text() {
        return exhibitRef + "#" + start + "-" + end + "@" + candidatePlace;
    }

    /** Reads a key printed by {@link #text()}. */
    public static PlaceKey parse(String text) {
        // From the right: a message locator in the exhibit part may hold '#' or '-', a place id never holds '@'.
        int at = text.lastIndexOf('@');
        int hash = at < 0 ? -1 : text.lastIndexOf('#', at);
        int dash = hash < 0 ? -1 : text.indexOf('-', hash);
        if (hash <= 0 || dash < 0 || dash > at) {
            throw new IllegalArgumentException("Not a place key: " + text);
        }
        try {
            return new PlaceKey(text.substring(0, hash), Integer.parseInt(text.substring(hash + 1, dash)),
                    Integer.parseInt(text.substring(dash + 1, at)), text.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a place key: " + text, e);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
