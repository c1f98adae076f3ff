package org.spoor.reports.pack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Checks a case pack: the manifest signature, then every file against the manifests, in manifest
 * order, then files that no manifest lists. The first problem names the file (the command line
 * maps a failed verification to exit code 4).
 */
public final class PackVerifier {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** Verifies an unencrypted pack. An encrypted one is reported unreadable: use the password overload. */
    public PackVerification verify(Path pack) throws IOException {
        return verify(pack, null);
    }

    public PackVerification verify(Path pack, char[] password) throws IOException {
        return inspect(pack, password).verification();
    }

    /** The verification, and the files read on the way when the pack could be read at all. */
    Inspection inspect(Path pack, char[] password) throws IOException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(pack), 1 << 16)) {
            file.mark(16);
            boolean encrypted = PackCipher.isEncrypted(file.readNBytes(PackCipher.MAGIC.length));
            file.reset();
            if (encrypted && password == null) {
                return unreadable(pack, "the pack is encrypted: a password is needed");
            }
            InputStream zip = new BufferedInputStream(encrypted ? PackCipher.decrypting(file, password) : file);
            zip.mark(8);
            byte[] head = zip.readNBytes(4);
            zip.reset();
            if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
                return unreadable(pack, encrypted ? "wrong password" : "not a zip file");
            }
            PackContents contents = PackContents.read(zip);
            return new Inspection(check(contents), contents);
        } catch (GeneralSecurityException e) {
            return unreadable(pack, "cannot decrypt: " + e.getMessage());
        } catch (ZipException e) {
            return unreadable(pack, "damaged zip: " + e.getMessage());
        } catch (IOException e) {
            if (password != null) {
                return unreadable(pack, "wrong password or damaged file: " + e.getMessage());
            }
            throw e;
        }
    }

    private PackVerification check(PackContents contents) {
        List<PackProblem> problems = new ArrayList<>();
        contents.duplicates.keySet().forEach(path ->
                problems.add(new PackProblem(PackProblem.Kind.ADDED, path, "second copy under the same name")));
        byte[] manifest = contents.kept.get(BagLayout.MANIFEST);
        byte[] signature = contents.kept.get(BagLayout.SIGNATURE);
        if (manifest == null) {
            problems.add(new PackProblem(PackProblem.Kind.MISSING, BagLayout.MANIFEST, "no payload manifest"));
            return new PackVerification(problems, Optional.empty(), contents.hashes.size(), contents.bytes);
        }
        Optional<String> signer = Optional.empty();
        if (signature == null) {
            problems.add(new PackProblem(PackProblem.Kind.MISSING, BagLayout.SIGNATURE, "the manifest is not signed"));
        } else {
            signer = ManifestSignature.verify(manifest, signature);
            if (signer.isEmpty()) {
                problems.add(new PackProblem(PackProblem.Kind.ALTERED, BagLayout.MANIFEST,
                        "does not match its signature"));
            }
        }
        Map<String, String> listed = new LinkedHashMap<>(parse(manifest));
        byte[] tagManifest = contents.kept.get(BagLayout.TAG_MANIFEST);
        if (tagManifest == null) {
            problems.add(new PackProblem(PackProblem.Kind.MISSING, BagLayout.TAG_MANIFEST, ""));
        } else {
            listed.putAll(parse(tagManifest));
        }
        listed.forEach((path, expected) -> {
            String actual = contents.hashes.get(path);
            if (actual == null) {
                problems.add(new PackProblem(PackProblem.Kind.MISSING, path, ""));
            } else if (!actual.equalsIgnoreCase(expected)) {
                problems.add(new PackProblem(PackProblem.Kind.ALTERED, path, "SHA-256 differs from the manifest"));
            }
        });
        contents.hashes.keySet().stream()
                .filter(path -> !listed.containsKey(path) && !path.equals(BagLayout.TAG_MANIFEST))
                .forEach(path -> problems.add(new PackProblem(PackProblem.Kind.ADDED, path, "not in any manifest")));
        return new PackVerification(problems, signer, contents.hashes.size(), contents.bytes);
    }

    private static Map<String, String> parse(byte[] manifest) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length == 2) {
                String path = parts[1].replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
                entries.put(path, parts[0]);
            }
        }
        return entries;
    }

    static Map<String, String> manifestEntries(byte[] manifest) {
        return parse(manifest);
    }

    private static Inspection unreadable(Path pack, String why) {
        return new Inspection(new PackVerification(List.of(new PackProblem(PackProblem.Kind.UNREADABLE,
                pack.getFileName().toString(), why)), Optional.empty(), 0, 0), null);
    }

    /** @param contents null when the pack could not be read */
    record Inspection(PackVerification verification, PackContents contents) {
    }
}
