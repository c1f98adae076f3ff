package org.spoor.ingest.phone.ufdr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;

/** A Cellebrite {@code report.xml} on its own (from a UFED report folder, or an excerpt of one). */
public final class UfedReportParser implements PhoneArtifactParser {

    static final String NAMESPACE = "http://pa.cellebrite.com/report/2.0";

    @Override
    public String name() {
        return "ufed-report";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikeReport(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
        }
    }

    /** The report's namespace, or a bare decoded model as Cellebrite writes it. */
    static boolean looksLikeReport(String head) {
        String start = head.stripLeading().replace("\uFEFF", "");
        if (start.contains(NAMESPACE)) {
            return true;
        }
        return (start.startsWith("<model ") || start.startsWith("<modelType ")
                || start.startsWith("<?xml") && (start.contains("<model ") || start.contains("<modelType ")))
                && start.contains("<field name=");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new UfedReportReader(context, sink).read(in, String.valueOf(file.getFileName()));
        }
    }
}
