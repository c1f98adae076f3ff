package org.spoor.app.cli;

import org.spoor.mapping.crs.NamedCrs;

/**
 * Two numbers as an investigator copies them from a seizure record, read in the order the record's
 * tradition writes them. Vietnamese cadastral and survey documents give VN-2000 as X = northing,
 * Y = easting (the geodetic convention), GIS tools as easting first, and people give geographic
 * positions as latitude then longitude (as map apps show them). The larger value of a projected pair
 * is the northing wherever Spoor's countries lie, except near the equator; there both orders are
 * plausible and the command says which it took.
 */
record TypedCoordinate(double x, double y, boolean swapped, boolean ambiguous) {

    /** Eastings of UTM and the national transverse Mercator grids stay below this (false easting 500 km). */
    private static final double MAX_EASTING = 900_000;

    static TypedCoordinate read(NamedCrs crs, double first, double second, Order order) {
        if (crs.geographic()) {
            // People write "18.386, 105.155": latitude first. Return longitude/latitude, as PROJ wants.
            boolean latFirst = order != Order.EN;
            return latFirst ? new TypedCoordinate(second, first, true, false)
                    : new TypedCoordinate(first, second, false, false);
        }
        return switch (order) {
            case EN -> new TypedCoordinate(first, second, false, false);
            case NE -> new TypedCoordinate(second, first, true, false);
            case AUTO -> {
                boolean firstIsNorthing = first > MAX_EASTING && second <= MAX_EASTING;
                boolean secondIsNorthing = second > MAX_EASTING && first <= MAX_EASTING;
                yield firstIsNorthing ? new TypedCoordinate(second, first, true, false)
                        : new TypedCoordinate(first, second, false, !secondIsNorthing);
            }
        };
    }

    /** How the two numbers were written: easting first, northing first, or tell from their size. */
    enum Order { AUTO, EN, NE }
}
