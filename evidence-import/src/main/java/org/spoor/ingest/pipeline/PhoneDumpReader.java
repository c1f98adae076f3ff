package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.jooq.DSLContext;
import org.spoor.comms.CommsImportState;
import org.spoor.ingest.entities.TextEntityExtractor;
import org.spoor.ingest.phone.CompanionFiles;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneArtifactParsers;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordWriter;
import org.spoor.ingest.phone.RecordSearchIndex;

/**
 * Recognises phone databases and extraction reports by content among imported items and turns them
 * into messages, calls, contacts and locations that point back to their exhibit.
 */
final class PhoneDumpReader {

    private final PhoneArtifactParsers parsers = new PhoneArtifactParsers();
    private final PhoneRecordWriter writer;
    private final String region;
    private final CommsImportState writes;

    PhoneDumpReader(DSLContext db, TextEntityExtractor entities, String region, RecordSearchIndex search) {
        this.writer = new PhoneRecordWriter(db, entities, search);
        this.region = region;
        this.writes = new CommsImportState(db);
    }

    /**
     * Whether an earlier run began writing this exhibit's records and never finished (killed mid-write):
     * a resumed import reads it again, and the writer first removes what the broken run left.
     */
    boolean unfinished(long exhibitId) {
        return writes.isUnfinished(exhibitId);
    }

    /**
     * Returns the parser's name if the item was a phone artefact; a damaged one throws with the reason.
     * {@code progress} hears the records written so far, every few thousand.
     */
    Optional<String> read(long exhibitId, Path bytes, String mediaType, CompanionFiles companions, Path scratch,
                          LongConsumer progress) throws IOException, PhoneParseException {
        Optional<PhoneArtifactParser> parser = parsers.find(bytes, mediaType);
        if (parser.isEmpty()) {
            return Optional.empty();
        }
        // One transaction per artefact: a damaged database leaves no half of its messages behind.
        writer.write(parser.get(), bytes, new PhoneParseContext(exhibitId, region, companions, scratch), progress);
        return Optional.of(parser.get().name());
    }
}
