package org.spoor.casefile;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.spoor.casefile.crypto.KdfParameters;

/**
 * How a case is opened or created: the clock (pinned in tests), who acts (written into every audit
 * entry), the KDF strength for new envelopes, and how many verified database backups to keep.
 */
public record CaseOptions(Clock clock, String actor, Supplier<KdfParameters> kdfForNewEnvelopes, int backupsToKeep) {

    /** About 0.5 to 1 s of Argon2id on the machine it runs on (a 2-core laptop in the field). */
    public static final Duration KDF_TARGET = Duration.ofMillis(700);

    public CaseOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kdfForNewEnvelopes, "kdfForNewEnvelopes");
    }

    public static CaseOptions defaults(String actor) {
        return new CaseOptions(Clock.systemUTC(), actor, () -> KdfParameters.calibrated(KDF_TARGET), 5);
    }

    public CaseOptions withClock(Clock newClock) {
        return new CaseOptions(newClock, actor, kdfForNewEnvelopes, backupsToKeep);
    }

    public CaseOptions withKdf(Supplier<KdfParameters> kdf) {
        return new CaseOptions(clock, actor, kdf, backupsToKeep);
    }
}
