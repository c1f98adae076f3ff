package org.spoor.reports.pack;

import java.util.Objects;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.bundle.model.OriginalSource;

/**
 * One original file of an exhibit, offered to the pack. Originals that are not DISCLOSABLE are
 * never opened and never named in the pack; only their number is recorded.
 */
public record PackOriginal(String exhibitRef, String fileName, Disclosure disclosure, OriginalSource source) {
    public PackOriginal {
        Objects.requireNonNull(exhibitRef, "exhibitRef");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(source, "source");
    }
}
