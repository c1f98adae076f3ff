package org.spoor.reports.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified case pack, open read-only. The exhibit list is in memory; the bundle and originals are
 * read from the pack when asked for and checked again against the signed manifest, so a file
 * swapped on disk after opening is refused, not shown.
 */
public final class OpenedPack implements AutoCloseable {

    /** Originals and the bundle already read are kept up to this many bytes, then read again. */
    private static final long CACHE_BYTES = 96L << 20;

    private final Path file;
    private final char[] password;
    private final PackVerification verification;
    private final Map<String, String> bagInfo;
    private final Map<String, String> hashes;
    private final String manifestSha256;
    private final ExhibitIndexReader.Index index;
    private final boolean hasExhibitIndex;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cached;

    OpenedPack(Path file, char[] password, PackVerification verification, Map<String, String> bagInfo,
               Map<String, String> hashes, String manifestSha256, ExhibitIndexReader.Index index,
               boolean hasExhibitIndex) {
        this.file = file;
        this.password = password;
        this.verification = verification;
        this.bagInfo = Map.copyOf(bagInfo);
        this.hashes = Map.copyOf(hashes);
        this.manifestSha256 = manifestSha256;
        this.index = index;
        this.hasExhibitIndex = hasExhibitIndex;
    }

    public Path file() {
        return file;
    }

    /** The certificate subject of the manifest's valid signature. */
    public String signer() {
        return verification.signer().orElse("");
    }

    public PackVerification verification() {
        return verification;
    }

    public Map<String, String> bagInfo() {
        return bagInfo;
    }

    /** The case's id (bag-info External-Identifier): comments made on this pack name it. */
    public String caseId() {
        return index.caseInfo().caseId();
    }

    public PackCase caseInfo() {
        return index.caseInfo();
    }

    /** SHA-256 of manifest-sha256.txt: names this exact pack content (the signature covers the manifest). */
    public String manifestSha256() {
        return manifestSha256;
    }

    public List<PackExhibit> exhibits() {
        return index.exhibits();
    }

    public Optional<PackExhibit> exhibit(String ref) {
        return index.exhibits().stream().filter(e -> e.ref().equals(ref)).findFirst();
    }

    /** How many exhibits the pack leaves out (informant material, not for disclosure); never which. */
    public int withheldExhibits() {
        return index.withheld();
    }

    /** False for a pack written before data/exhibits.json: then exhibits have no text to search. */
    public boolean hasExhibitIndex() {
        return hasExhibitIndex;
    }

    public byte[] bundlePdf() throws IOException, PackRefusedException {
        return entry(BagLayout.BUNDLE);
    }

    /** One original, by its pack path (from {@link PackExhibit#originals()}). */
    public byte[] original(String packPath) throws IOException, PackRefusedException {
        if (!packPath.startsWith(BagLayout.ORIGINALS)) {
            throw new IllegalArgumentException("not an original of the pack: " + packPath);
        }
        return entry(packPath);
    }

    private synchronized byte[] entry(String path) throws IOException, PackRefusedException {
        byte[] known = cache.get(path);
        if (known != null) {
            return known.clone();
        }
        String expected = hashes.get(path);
        String name = file.getFileName().toString();
        if (expected == null) {
            throw PackRefusedException.of(name, new PackProblem(PackProblem.Kind.ADDED, path, "not in any manifest"));
        }
        byte[] bytes = PackEntryReader.read(file, password, path);
        if (bytes == null) {
            throw PackRefusedException.of(name, new PackProblem(PackProblem.Kind.MISSING, path,
                    "gone since the pack was opened"));
        }
        if (!PackReader.sha256(bytes).equalsIgnoreCase(expected)) {
            throw PackRefusedException.of(name, new PackProblem(PackProblem.Kind.ALTERED, path,
                    "changed since the pack was opened"));
        }
        remember(path, bytes);
        return bytes.clone();
    }

    private void remember(String path, byte[] bytes) {
        if (bytes.length > CACHE_BYTES / 4) {
            return;
        }
        cache.put(path, bytes);
        cached += bytes.length;
        var eldest = cache.entrySet().iterator();
        while (cached > CACHE_BYTES && eldest.hasNext()) {
            cached -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** Wipes the transfer password kept for reading files; the pack cannot be read after this. */
    @Override
    public synchronized void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        cache.clear();
        cached = 0;
    }
}
