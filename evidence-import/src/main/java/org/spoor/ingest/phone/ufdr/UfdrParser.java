package org.spoor.ingest.phone.ufdr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * A Cellebrite {@code .ufdr}: a zip holding {@code report.xml} and the extracted files it tags. The
 * report is streamed straight out of the zip, never unpacked; attachments keep their path in the
 * zip for the pipeline to link as child exhibits.
 */
public final class UfdrParser implements PhoneArtifactParser {

    @Override
    public String name() {
        return "ufdr";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 22) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
                return false;
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return report(zip) != null;
        } catch (ZipException e) {
            return false;
        }
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry report = report(zip);
            if (report == null) {
                throw new PhoneParseException("phone.parse.ufdrWithoutReport", "the UFDR holds no report.xml",
                        file.getFileName());
            }
            try (InputStream in = zip.getInputStream(report)) {
                new UfedReportReader(context, sink).read(in, report.getName());
            }
        } catch (ZipException e) {
            throw new PhoneParseException("phone.parse.damagedUfdr", "damaged UFDR archive: " + e.getMessage(), e,
                    file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    /** The shallowest entry named report.xml (a UFDR keeps it at the root). */
    private static ZipEntry report(ZipFile zip) {
        ZipEntry best = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (!e.isDirectory() && (name.equals("report.xml") || name.endsWith("/report.xml"))
                    && (best == null || name.length() < best.getName().length())) {
                best = e;
            }
        }
        return best;
    }
}
