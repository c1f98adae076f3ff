package org.spoor.reports.pack;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.reports.ReportsException;

/**
 * Writes a case pack: one zip that is a BagIt bag (RFC 8493). It holds the bundle, the disclosed
 * originals, the exhibit index ({@code data/exhibits.json}, when the request carries one),
 * manifest-sha256.txt, a tag manifest, and a detached CMS signature over the manifest
 * ({@link ManifestSignature}). Originals are streamed from the caller and hashed on the way in, so
 * the pack is written in one pass whatever their size. Any unzip tool opens it and
 * {@code sha256sum -c manifest-sha256.txt} checks it; {@link PackVerifier} does both and the
 * signature. With a transfer password the zip is encrypted as a whole ({@link PackCipher}).
 */
public final class PackWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PackWriter.class);
    private static final int BUFFER = 1 << 16;

    public PackSummary write(PackRequest request, Path target) throws ReportsException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            PackSummary summary;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER)) {
                OutputStream sink = request.password().isPresent()
                        ? PackCipher.encrypting(file, request.password().get()) : file;
                CountingOutputStream counted = new CountingOutputStream(sink);
                try (ZipOutputStream zip = new ZipOutputStream(counted, StandardCharsets.UTF_8)) {
                    summary = writeBag(request, zip, counted, target);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("case pack written: {} files, {} bytes, {} originals withheld", summary.payloadFiles(),
                    summary.payloadBytes(), summary.withheldOriginals());
            return summary;
        } catch (IOException | GeneralSecurityException e) {
            deleteQuietly(partial);
            throw new ReportsException("pack.write.failed", "cannot write the case pack " + target + ": "
                    + e.getMessage(), e, target);
        }
    }

    private PackSummary writeBag(PackRequest request, ZipOutputStream zip, CountingOutputStream counted,
                                 Path target) throws IOException, GeneralSecurityException {
        ManifestBuilder manifest = new ManifestBuilder();
        BagLayout layout = new BagLayout();
        long bytes = 0;
        int files = 0;
        int withheld = 0;
        StringBuilder names = new StringBuilder("path\texhibit\toriginal file name\n");
        Map<String, String> firstNames = new LinkedHashMap<>();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        try (InputStream bundle = Files.newInputStream(request.bundlePdf())) {
            bytes += copy(bundle, zip, counted, BagLayout.BUNDLE, manifest);
            files++;
        }
        for (PackOriginal original : request.originals()) {
            if (original.disclosure() != org.spoor.reports.bundle.model.Disclosure.DISCLOSABLE) {
                withheld++;
                continue;
            }
            String path = layout.originalPath(original.exhibitRef(), original.fileName());
            try (InputStream in = original.source().open()) {
                bytes += copy(in, zip, counted, path, manifest);
                files++;
            }
            firstNames.putIfAbsent(original.exhibitRef(), original.fileName());
            paths.computeIfAbsent(original.exhibitRef(), ref -> new ArrayList<>()).add(path);
            names.append(path).append('\t').append(original.exhibitRef()).append('\t')
                    .append(original.fileName().replaceAll("[\\t\\r\\n]", " ")).append('\n');
        }
        if (request.index().isPresent()) {
            byte[] index = ExhibitIndex.json(request.index().get(), firstNames, paths);
            bytes += copy(new ByteArrayInputStream(index), zip, counted, BagLayout.EXHIBITS, manifest);
            files++;
        }
        ManifestBuilder tags = new ManifestBuilder();
        byte[] manifestBytes = manifest.bytes();
        putTag(zip, BagLayout.BAGIT, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
                .getBytes(StandardCharsets.UTF_8), tags);
        putTag(zip, BagLayout.BAG_INFO, bagInfo(request.bagInfo(), bytes, files, withheld), tags);
        putTag(zip, BagLayout.ORIGINAL_NAMES, names.toString().getBytes(StandardCharsets.UTF_8), tags);
        putTag(zip, BagLayout.MANIFEST, manifestBytes, tags);
        putTag(zip, BagLayout.SIGNATURE, ManifestSignature.sign(manifestBytes, request.signer()), tags);
        put(zip, BagLayout.TAG_MANIFEST, tags.bytes());
        return new PackSummary(target, files, bytes, withheld, request.password().isPresent());
    }

    private static long copy(InputStream in, ZipOutputStream zip, CountingOutputStream counted, String path,
                             ManifestBuilder manifest) throws IOException, GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[BUFFER];
        int head = in.readNBytes(buffer, 0, EntryCompression.SAMPLE);
        int level = EntryCompression.levelFor(buffer, head);
        zip.setLevel(level);
        zip.putNextEntry(new ZipEntry(path));
        digest.update(buffer, 0, head);
        zip.write(buffer, 0, head);
        long total = head;
        long windowIn = 0;
        long windowOut = counted.count();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            total += n;
            windowIn += n;
            if (level != Deflater.NO_COMPRESSION && windowIn >= EntryCompression.WINDOW) {
                // A file can start compressible (a PDF's header, a zip's directory) and go on with
                // JPEG or video: once a window saves nothing, store the rest of the entry.
                if (!EntryCompression.worthIt(windowIn, counted.count() - windowOut)) {
                    level = Deflater.NO_COMPRESSION;
                    zip.setLevel(level);
                }
                windowIn = 0;
                windowOut = counted.count();
            }
        }
        zip.closeEntry();
        manifest.add(HexFormat.of().formatHex(digest.digest()), path);
        return total;
    }

    private static void putTag(ZipOutputStream zip, String path, byte[] content, ManifestBuilder tags)
            throws IOException, GeneralSecurityException {
        put(zip, path, content);
        tags.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), path);
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] bagInfo(Map<String, String> extra, long bytes, int files, int withheld) {
        StringBuilder info = new StringBuilder();
        info.append("Bag-Software-Agent: Spoor\n");
        info.append("Bagging-Date: ").append(LocalDate.now()).append('\n');
        info.append("Payload-Oxum: ").append(bytes).append('.').append(files).append('\n');
        info.append("Spoor-Withheld-Originals: ").append(withheld).append('\n');
        extra.forEach((key, value) -> info.append(key.replaceAll("[:\\s]", "-")).append(": ")
                .append(value.replace('\n', ' ')).append('\n'));
        return info.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished pack {}: {}", path, e.getMessage());
        }
    }
}
