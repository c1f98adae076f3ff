package org.spoor.reports.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * BagIt manifest lines "HASH  PATH". Two spaces, as {@code sha256sum} writes them, so that
 * {@code sha256sum -c manifest-sha256.txt} checks an unzipped pack with no other tool. Line feeds
 * and carriage returns in a path are percent-encoded as RFC 8493 §2.1.3 asks (BagLayout already
 * keeps them out of names).
 */
final class ManifestBuilder {

    private final List<String> lines = new ArrayList<>();

    void add(String sha256, String path) {
        lines.add(sha256 + "  " + path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D"));
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
