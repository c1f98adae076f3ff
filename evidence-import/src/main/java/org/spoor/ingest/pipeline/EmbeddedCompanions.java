package org.spoor.ingest.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.spoor.ingest.extract.ExtractedItem;
import org.spoor.ingest.phone.CompanionFiles;

/**
 * Companions of an item inside a container (a zipped file-system extraction): the other entries of the
 * same folder of the same container, as extracted into scratch. WhatsApp's {@code wa.db} beside
 * {@code msgstore.db} and a database's {@code -wal} are found there, whatever order the entries come in.
 */
final class EmbeddedCompanions implements CompanionFiles {

    private final List<ExtractedItem> siblings;
    private final String entryName;

    EmbeddedCompanions(List<ExtractedItem> siblings, String entryName) {
        this.siblings = siblings;
        this.entryName = normalise(entryName);
    }

    @Override
    public Optional<Path> sibling(String fileName) {
        return entry(folderOf(entryName) + fileName);
    }

    @Override
    public Optional<Path> withSuffix(String suffix) {
        return entry(entryName + suffix);
    }

    private Optional<Path> entry(String wanted) {
        for (ExtractedItem item : siblings) {
            if (item.bytes() != null && normalise(item.name()).equals(wanted)) {
                return Optional.of(item.bytes());
            }
        }
        return Optional.empty();
    }

    private static String folderOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    /** Containers write Windows or Unix separators, sometimes a leading slash. */
    private static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n;
    }
}
