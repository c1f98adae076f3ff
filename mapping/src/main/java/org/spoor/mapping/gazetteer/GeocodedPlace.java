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

    /**
     * The confirmed place as an evidence point of kind {@code place}, labelled with the words as
     * written and pointing back to the item they were found in.
     */
    public org.spoor.mapping.EvidencePoint toEvidencePoint(String id, java.time.Instant time, String sourceRef) {
        if (status != Status.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed place goes on the map as evidence: " + matched);
        }
        return new org.spoor.mapping.EvidencePoint(id, place.lat(), place.lon(), time, "place",
                matched + " (" + place.kind().replace('_', ' ') + ", " + place.country() + ")", sourceRef);
    }

    public GeocodedPlace reject() {
        return new GeocodedPlace(start, end, matched, place, candidates, confidence, Status.REJECTED);
    }
}
