package org.spoor.reports.pack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Opens a case pack read-only for review (prosecutors, mentors). The pack is verified first, exactly
 * as {@code spoor pack verify} does: an altered, missing or added file, or a manifest that does not
 * match its signature, refuses the pack and names the first problem. Nothing is written beside the
 * pack: what the reviewer reads is held in memory.
 */
public final class PackReader {

    /** Whether the pack needs its transfer password to be opened. */
    public static boolean isEncrypted(Path pack) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(pack))) {
            return PackCipher.isEncrypted(in.readNBytes(PackCipher.MAGIC.length));
        }
    }

    /**
     * @param password the transfer password of an encrypted pack, or null; it is copied, the caller may wipe it
     * @throws PackRefusedException when the pack needs a password, cannot be read, or fails verification
     */
    public OpenedPack open(Path pack, char[] password) throws IOException, PackRefusedException {
        String name = pack.getFileName().toString();
        if (password == null && isEncrypted(pack)) {
            throw new PackRefusedException(PackRefusedException.Reason.PASSWORD_NEEDED, "pack.review.passwordNeeded",
                    "the case pack " + name + " is encrypted: its transfer password is needed", name);
        }
        PackVerifier.Inspection inspection = new PackVerifier().inspect(pack, password);
        PackVerification verification = inspection.verification();
        if (!verification.intact()) {
            throw PackRefusedException.of(name, verification.firstProblem().orElseThrow());
        }
        PackContents contents = inspection.contents();
        byte[] manifest = contents.kept.get(BagLayout.MANIFEST);
        Map<String, String> hashes = PackVerifier.manifestEntries(manifest);
        Map<String, String> bagInfo = ExhibitIndexReader.bagInfo(contents.kept.get(BagLayout.BAG_INFO));
        ExhibitIndexReader.Index index;
        try {
            index = ExhibitIndexReader.read(contents.kept.get(BagLayout.EXHIBITS),
                    contents.kept.get(BagLayout.ORIGINAL_NAMES), bagInfo, hashes);
        } catch (IOException e) {
            throw new PackRefusedException(PackRefusedException.Reason.UNREADABLE, "pack.review.unreadable",
                    "cannot read the exhibit index of " + name + ": " + e.getMessage(), name, e.getMessage());
        }
        return new OpenedPack(pack, password == null ? null : password.clone(), verification, bagInfo, hashes,
                sha256(manifest), index, contents.kept.containsKey(BagLayout.EXHIBITS));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
