package org.spoor.ingest.phone;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one kind of phone artefact (a database, an extraction report) into normalised records.
 * A {@link java.util.ServiceLoader} plug-in: one instance per import worker, so implementations may
 * keep state between calls but need not be thread-safe.
 */
public interface PhoneArtifactParser {

    /** A short stable name for logs and the import summary ("android-sms", "ufed-report"). */
    String name();

    /** Sniffs by content (SQLite table names, XML root and namespace, UTF-16 header), not by file name. */
    boolean accepts(Path file, String mediaType) throws IOException;

    /**
     * Parses into the sink. A damaged database or an unknown version throws
     * {@link PhoneParseException} with a reason a person can read.
     */
    void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException, IOException;
}
