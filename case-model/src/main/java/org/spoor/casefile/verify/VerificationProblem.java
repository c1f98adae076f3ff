package org.spoor.casefile.verify;

/**
 * One thing {@code case verify} found wrong, named so a person can find it.
 *
 * @param subject the exhibit reference ({@code SPR-0003 ledger.pdf}) or audit entry ({@code audit entry 17})
 */
public record VerificationProblem(Area area, String subject, String reason) {

    public enum Area { EXHIBIT, AUDIT_LOG, JOURNAL }

    @Override
    public String toString() {
        return subject + ": " + reason;
    }
}
