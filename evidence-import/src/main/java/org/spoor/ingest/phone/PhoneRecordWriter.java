package org.spoor.ingest.phone;

import java.io.IOException;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.spoor.entity.EntityRepository;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.TextEntityExtractor;

/**
 * Parses one phone artefact into the case in a single transaction: either all its records land,
 * or (damaged file, parser error) none do and the exhibit is named with the reason.
 */
public final class PhoneRecordWriter {

    private final DSLContext db;
    private final TextEntityExtractor extractor;

    /** A writer that stores records only. */
    public PhoneRecordWriter(DSLContext db) {
        this(db, null);
    }

    /** A writer that also records the records' entities (numbers, e-mails, finds in message bodies). */
    public PhoneRecordWriter(DSLContext db, TextEntityExtractor extractor) {
        this.db = db;
        this.extractor = extractor;
    }

    /** Returns the number of messages written. */
    public long write(PhoneArtifactParser parser, Path file, PhoneParseContext context)
            throws PhoneParseException, IOException {
        try {
            return db.transactionResult(configuration -> {
                RepositoryPhoneRecordSink sink = new RepositoryPhoneRecordSink(configuration.dsl());
                PhoneRecordSink target = extractor == null ? sink : new EntityRecordingSink(sink,
                        new EntityRecorder(new EntityRepository(configuration.dsl()), extractor, context.numbers()));
                parser.parse(file, context, target);
                sink.flush();
                return sink.messagesWritten();
            });
        } catch (DataAccessException e) {
            // jOOQ wraps checked exceptions thrown inside the transaction: give them back as they were.
            Throwable cause = e.getCause();
            if (cause instanceof PhoneParseException parseFailure) {
                throw parseFailure;
            }
            if (cause instanceof IOException ioFailure) {
                throw ioFailure;
            }
            throw e;
        }
    }
}
