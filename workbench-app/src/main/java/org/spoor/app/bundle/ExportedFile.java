package org.spoor.app.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spoor.exhibit.Disclosure;

/** What an export wrote: the file, its SHA-256, the exhibits it discloses and what it withheld. */
public record ExportedFile(Path file, String sha256, boolean signed, List<String> exhibitRefs,
                           Map<Disclosure, Integer> withheld) {

    public ExportedFile {
        exhibitRefs = List.copyOf(exhibitRefs);
        withheld = Map.copyOf(withheld);
    }

    public int withheld(Disclosure category) {
        return withheld.getOrDefault(category, 0);
    }
}
