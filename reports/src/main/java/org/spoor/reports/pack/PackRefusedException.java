package org.spoor.reports.pack;

import org.spoor.reports.ReportsException;

/**
 * A pack that reviewer mode will not open, or whose file changed while it was open. Message keys:
 * {@code pack.review.passwordNeeded} (file), {@code pack.review.unreadable} (file, why) and
 * {@code pack.review.tampered} (kind, path, detail: the first problem, as {@code pack verify} names it).
 */
public final class PackRefusedException extends ReportsException {

    public enum Reason { PASSWORD_NEEDED, UNREADABLE, TAMPERED }

    private final Reason reason;

    PackRefusedException(Reason reason, String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
        this.reason = reason;
    }

    static PackRefusedException of(String file, PackProblem problem) {
        if (problem.kind() == PackProblem.Kind.UNREADABLE) {
            return new PackRefusedException(Reason.UNREADABLE, "pack.review.unreadable",
                    "cannot open the case pack " + file + ": " + problem.detail(), file, problem.detail());
        }
        return new PackRefusedException(Reason.TAMPERED, "pack.review.tampered",
                "the case pack was altered: " + problem, problem.kind().name(), problem.path(), problem.detail());
    }

    public Reason reason() {
        return reason;
    }
}
