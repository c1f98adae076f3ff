package org.spoor.mapping.layer;

/** A grid cell with many evidence points: its centre, its size in degrees and how many points fell in it. */
public record Hotspot(double lat, double lon, double cellDegrees, int count) {
}
