package org.spoor.place;

/** Applies {@code place.rejected}. */
public final class PlaceRejectedApplier extends PlaceDecidedApplier {

    public PlaceRejectedApplier() {
        super(PlaceDecision.Verdict.REJECTED);
    }

    @Override
    public String action() {
        return PlaceDecisions.REJECTED;
    }
}
