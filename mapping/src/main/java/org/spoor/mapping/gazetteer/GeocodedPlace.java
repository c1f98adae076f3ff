package org.spoor.mapping.gazetteer;

/**
 * A place name found in a text, with the place it most likely means and how sure the geocoder
 * is (0..1). The investigator confirms or rejects it; only confirmed places should go into a
 * report as located evidence.
 *
 * @param start      offset of the first character of the name in the text
 * @param end        offset after its last character
 * @param matched    the text as written
 * @param place      the best candidate
 * @param candidates how many places carry this name (1 = unambiguous)
 */
public record GeocodedPlace(int start, int end, String matched, Place place, int candidates, double confidence,
                            Status status) {

    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    public GeocodedPlace confirm() {
        return new GeocodedPlace(start, end, matched, place, candidates, confidence, Status.CONFIRMED);
    }

    public GeocodedPlace reject() {
        return new GeocodedPlace(start, end, matched, place, candidates, confidence, Status.REJECTED);
    }
}
