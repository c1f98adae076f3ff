package org.spoor.place;

/** Applies {@code place.confirmed}. */
public final class PlaceConfirmedApplier extends PlaceDecidedApplier {

    public PlaceConfirmedApplier() {
        super(PlaceDecision.Verdict.CONFIRMED);
    }

    @Override
    public String action() {
        return PlaceDecisions.CONFIRMED;
    }
}
