package org.spoor.app.ui.importing;

import java.time.Duration;
import java.util.Optional;

/**
 * Speed and time left of a running import, from how much it has done since it started. The estimate is by
 * bytes (a folder of many small files and one large video differ by orders of magnitude per file), by files
 * when the total size is unknown.
 */
public record ImportRate(double megabytesPerSecond, Optional<Duration> remaining) {

    /** Below this much elapsed time a rate is noise; the first moments show no estimate. */
    private static final double MIN_SECONDS = 0.5;

    public static ImportRate of(Duration elapsed, int filesDone, int filesTotal, long bytesDone, long bytesTotal) {
        double seconds = elapsed.toNanos() / 1e9;
        if (seconds < MIN_SECONDS) {
            return new ImportRate(0, Optional.empty());
        }
        double rate = bytesDone / 1e6 / seconds;
        double doneShare;
        if (bytesTotal > 0) {
            doneShare = (double) bytesDone / bytesTotal;
        } else {
            doneShare = filesTotal > 0 ? (double) filesDone / filesTotal : 0;
        }
        if (doneShare <= 0 || doneShare >= 1) {
            return new ImportRate(rate, Optional.empty());
        }
        long left = Math.round(seconds * (1 - doneShare) / doneShare);
        return new ImportRate(rate, Optional.of(Duration.ofSeconds(left)));
    }

    /** "1:05" or "2:03:04", as terminals print it. */
    public static String clock(Duration d) {
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
