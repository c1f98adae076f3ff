package org.spoor.reports.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;
import org.spoor.reports.testing.SampleCase;

/** Builds the sample case's pack, and rewrites packs the way someone tampering would. */
final class PackFixture {

    static final char[] KEY_PASSWORD = "investigator key password".toCharArray();

    private PackFixture() {
    }

    static InvestigatorKey key(Path dir) throws Exception {
        return SelfSignedKeystore.create(dir.resolve("investigator.p12"), "Lt. Phạm Thu", "C05", KEY_PASSWORD);
    }

    static PackRequest request(Path dir, InvestigatorKey key, char[] transferPassword) throws Exception {
        BundleRequest bundle = SampleCase.standard();
        Path pdf = dir.resolve("bundle.pdf");
        if (!Files.exists(pdf)) {
            new BundleWriter().write(bundle, pdf);
        }
        List<PackOriginal> originals = new ArrayList<>();
        for (ExhibitEntry exhibit : bundle.exhibits()) {
            byte[] content = (exhibit.ref() + " original: " + exhibit.description()).getBytes(StandardCharsets.UTF_8);
            if (!exhibit.disclosable()) {
                content = ("withheld original " + exhibit.description()).getBytes(StandardCharsets.UTF_8);
            }
            byte[] bytes = content;
            originals.add(new PackOriginal(exhibit.ref(), exhibit.ref().equals("SPR-0005")
                    ? "hoá đơn ຂາຍ.txt" : exhibit.description().replace(' ', '_') + ".txt",
                    exhibit.disclosure(), () -> new ByteArrayInputStream(bytes)));
        }
        return new PackRequest(pdf, originals, Map.of("External-Identifier", "VN-2024-0412"), key, transferPassword,
                bundle);
    }

    /** Copies a pack's zip, letting {@code change} replace (new bytes), drop (null) or keep each entry. */
    static void rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> change, String addName, byte[] add)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from), StandardCharsets.UTF_8);
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = change.apply(entry.getName(), in.readAllBytes());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            if (addName != null) {
                out.putNextEntry(new ZipEntry(addName));
                out.write(add);
                out.closeEntry();
            }
        }
    }

}
