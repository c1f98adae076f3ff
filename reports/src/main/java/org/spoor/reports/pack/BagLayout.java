package org.spoor.reports.pack;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names inside a pack, following BagIt (RFC 8493): payload under data/, tag files at the root.
 * Original file names are made safe for every unzip tool and for {@code sha256sum -c}.
 */
final class BagLayout {

    static final String BAGIT = "bagit.txt";
    static final String BAG_INFO = "bag-info.txt";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    static final String SIGNATURE = "manifest-sha256.txt.p7s";
    /** Tag file: pack path, exhibit reference and the original's file name as seized (UTF-8). */
    static final String ORIGINAL_NAMES = "spoor-originals.tsv";
    static final String BUNDLE = "data/bundle.pdf";
    static final String ORIGINALS = "data/originals/";
    /** Payload: the disclosed exhibits with their text, for reviewers ({@link ExhibitIndex}). */
    static final String EXHIBITS = "data/exhibits.json";

    private final Set<String> used = new HashSet<>();

    /** data/originals/SPR-0001/name.ext, unique within the pack. */
    String originalPath(String exhibitRef, String fileName) {
        String folder = ORIGINALS + safe(exhibitRef) + "/";
        String name = safe(fileName);
        String candidate = folder + name;
        int n = 2;
        while (!used.add(candidate.toLowerCase(Locale.ROOT))) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? folder + name.substring(0, dot) + "-" + n + name.substring(dot)
                    : folder + name + "-" + n;
            n++;
        }
        return candidate;
    }

    /**
     * ASCII only: unzip tools in a non-UTF-8 locale (and older Windows Explorer) mangle other names,
     * and then {@code sha256sum -c} cannot find the files. Accents are folded ("hoá đơn" becomes
     * "hoa don"), other characters become "_"; the exact original names are listed in
     * {@link #ORIGINAL_NAMES}.
     */
    static String safe(String name) {
        String folded = Normalizer.normalize(name.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            boolean ok = cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_'
                    || cp == ' ' || cp == '(' || cp == ')');
            out.appendCodePoint(ok ? cp : '_');
        });
        String result = out.toString().replaceAll("\\.{2,}", "_").strip();
        return result.isEmpty() || result.startsWith(".") ? "_" + result : result;
    }
}
