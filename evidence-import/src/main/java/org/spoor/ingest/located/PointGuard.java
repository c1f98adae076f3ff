package org.spoor.ingest.located;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapException;

/**
 * Makes evidence points, leaving out (and logging) a position no place on Earth has: a damaged phone
 * database must not keep the rest of the case off the map.
 */
final class PointGuard {

    private static final Logger LOG = LoggerFactory.getLogger(PointGuard.class);

    private int skipped;

    Optional<EvidencePoint> point(String id, double lat, double lon, Instant time, String kind, String label,
                                  String sourceRef) {
        try {
            return Optional.of(new EvidencePoint(id, lat, lon, time, kind, label, sourceRef));
        } catch (MapException impossible) {
            skipped++;
            LOG.warn("Left off the map: {} at {}, {} is no position on Earth", sourceRef, lat, lon);
            return Optional.empty();
        }
    }

    int skipped() {
        return skipped;
    }
}
