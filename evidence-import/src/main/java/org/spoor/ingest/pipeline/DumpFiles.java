package org.spoor.ingest.pipeline;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.spoor.comms.AttachmentLinks.Outcome;
import org.spoor.comms.AttachmentLinks.Unlinked;
import org.spoor.exhibit.Exhibit;

/**
 * The files of one import, found by the path a phone database or extraction report gives for an
 * attachment. A SHA-256 from the report decides first. Otherwise the attachment's path must be a
 * suffix of the exhibit's path ({@code files\Image\IMG_1.jpg} matches
 * {@code dump.ufdr!/files/Image/IMG_1.jpg}); an absolute device path may match by its last folders
 * only (at least folder and name), since dumps root the phone's file system differently. Among
 * matches, one of the same seized container wins, then the longer match, then the one nearest the
 * database in the dump, then one matching the letter case too (phones store case-insensitive
 * shared storage). Matches left tied but with different contents are named, not guessed.
 */
final class DumpFiles {

    private static final int MIN_PARTIAL_SEGMENTS = 2;

    private record DumpFile(long id, long root, List<String> segments, String sha256) {
    }

    private record Candidate(DumpFile file, boolean sameRoot, int matched, int nearness, boolean exactCase) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::sameRoot)
            .thenComparingInt(Candidate::matched).thenComparingInt(Candidate::nearness)
            .thenComparing(Candidate::exactCase).reversed();

    private final Map<Long, DumpFile> byId = new HashMap<>();
    private final Map<String, List<DumpFile>> byLeaf = new HashMap<>();
    private final Map<String, List<DumpFile>> bySha256 = new HashMap<>();

    /** An exhibit of the import as the matching needs it. */
    record Item(long id, Long parentId, String originalPath, String sha256) {
    }

    static DumpFiles ofImport(DSLContext db, String importId) {
        return of(db.select(EXHIBIT.ID, EXHIBIT.PARENT_ID, EXHIBIT.ORIGINAL_PATH, EXHIBIT.SHA256).from(EXHIBIT)
                .where(EXHIBIT.IMPORT_ID.eq(importId))
                .fetch(r -> new Item(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    static DumpFiles of(List<Item> items) {
        Map<Long, Long> parents = new HashMap<>();
        items.forEach(i -> parents.put(i.id(), i.parentId()));
        DumpFiles files = new DumpFiles();
        for (Item i : items) {
            files.add(new DumpFile(i.id(), root(i.id(), parents), segments(i.originalPath()), i.sha256()));
        }
        return files;
    }

    private static long root(long id, Map<Long, Long> parents) {
        long current = id;
        for (Long parent = parents.get(current); parent != null && parents.containsKey(parent);
             parent = parents.get(current)) {
            current = parent;
        }
        return current;
    }

    private void add(DumpFile file) {
        byId.put(file.id(), file);
        if (!file.segments().isEmpty()) {
            byLeaf.computeIfAbsent(lower(file.segments().get(file.segments().size() - 1)), k -> new ArrayList<>())
                    .add(file);
        }
        if (file.sha256() != null) {
            bySha256.computeIfAbsent(file.sha256().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(file);
        }
    }

    Outcome find(Unlinked attachment) {
        DumpFile database = byId.get(attachment.messageExhibitId());
        long root = database == null ? -1 : database.root();
        List<String> databaseFolder = database == null ? List.of() : database.segments();
        if (attachment.sha256() != null) {
            List<DumpFile> same = bySha256.getOrDefault(attachment.sha256(), List.of()).stream()
                    .filter(f -> f.id() != attachment.messageExhibitId())
                    .sorted(Comparator.comparing((DumpFile f) -> f.root() != root).thenComparingLong(DumpFile::id))
                    .toList();
            if (!same.isEmpty()) {
                return Outcome.linked(attachment.attachmentId(), same.get(0).id());
            }
        }
        List<String> wanted = segments(attachment.extractedPath());
        if (wanted.isEmpty()) {
            return Outcome.unlinked(attachment.attachmentId(), "the source gives no path for the file");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (DumpFile f : byLeaf.getOrDefault(lower(wanted.get(wanted.size() - 1)), List.of())) {
            if (f.id() == attachment.messageExhibitId()) {
                continue;
            }
            int matched = trailingMatch(f.segments(), wanted, false);
            if (matched == wanted.size() || matched >= MIN_PARTIAL_SEGMENTS) {
                candidates.add(new Candidate(f, f.root() == root, matched, sharedPrefix(f.segments(), databaseFolder),
                        trailingMatch(f.segments(), wanted, true) == matched));
            }
        }
        if (candidates.isEmpty()) {
            return Outcome.unlinked(attachment.attachmentId(), "no file of this import at "
                    + String.join("/", wanted));
        }
        candidates.sort(BEST_FIRST);
        Candidate best = candidates.get(0);
        List<Candidate> tied = candidates.stream().filter(c -> BEST_FIRST.compare(c, best) == 0).toList();
        boolean differentContents = tied.stream().map(c -> String.valueOf(c.file().sha256())).distinct().count() > 1;
        if (differentContents) {
            return Outcome.unlinked(attachment.attachmentId(), "several different files of this import match "
                    + String.join("/", wanted) + ": " + tied.stream().map(c -> Exhibit.refFor(c.file().id()))
                    .collect(Collectors.joining(", ")));
        }
        long chosen = tied.stream().mapToLong(c -> c.file().id()).min().orElseThrow();
        return Outcome.linked(attachment.attachmentId(), chosen);
    }

    /** How many trailing segments of {@code path} equal those of {@code wanted}. */
    private static int trailingMatch(List<String> path, List<String> wanted, boolean exactCase) {
        int n = 0;
        while (n < path.size() && n < wanted.size()) {
            String a = path.get(path.size() - 1 - n);
            String b = wanted.get(wanted.size() - 1 - n);
            if (exactCase ? !a.equals(b) : !a.equalsIgnoreCase(b)) {
                break;
            }
            n++;
        }
        return n;
    }

    private static int sharedPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() - 1 && n < b.size() - 1 && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    /**
     * A path as its folder names: either slash, the {@code !/} of a container entry, a
     * {@code file:} scheme and the {@code ~} of an iOS home folder are all just separators here.
     */
    static List<String> segments(String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        String p = path.trim().replace('\\', '/').replace("!/", "/");
        if (p.regionMatches(true, 0, "file:", 0, 5)) {
            p = p.substring(5);
        }
        List<String> segments = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty() && !s.equals(".") && !s.equals("..") && !s.equals("~")) {
                segments.add(s);
            }
        }
        return segments;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
