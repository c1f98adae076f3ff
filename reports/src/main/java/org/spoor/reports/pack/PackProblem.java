package org.spoor.reports.pack;

/** One thing wrong with a pack, naming the file. */
public record PackProblem(Kind kind, String path, String detail) {

    public enum Kind {
        /** The file's bytes differ from its manifest hash (or the manifest differs from its signature). */
        ALTERED,
        /** Listed in a manifest but not in the pack. */
        MISSING,
        /** In the pack but in no manifest. */
        ADDED,
        /** Not a zip, not a bag, or the password does not decrypt it. */
        UNREADABLE
    }

    @Override
    public String toString() {
        return kind + " " + path + (detail.isBlank() ? "" : " (" + detail + ")");
    }
}
