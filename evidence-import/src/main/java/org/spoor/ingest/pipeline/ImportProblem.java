package org.spoor.ingest.pipeline;

/**
 * A file (or an item inside one) that did not fully land, and why. {@code stored} says whether the
 * original itself is in the case (it usually is: only its text could not be read).
 */
public record ImportProblem(String path, String reason, boolean stored) {
}
