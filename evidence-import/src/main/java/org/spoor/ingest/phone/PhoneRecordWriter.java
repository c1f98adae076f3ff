package org.spoor.ingest.phone;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;
import org.spoor.comms.CommsImportState;
import org.spoor.entity.EntityBatch;
import org.spoor.ingest.entities.TextEntityExtractor;

/**
 * Parses one phone artefact into the case: either all its records land, or (damaged file, parser
 * error) none do and the exhibit is named with the reason. A phone holds a million messages: they are
 * committed in chunks, between a mark that the exhibit's write began and one that it finished
 * ({@link CommsImportState}); a failed write deletes what its chunks had committed.
 */
public final class PhoneRecordWriter {

    /**
     * Records per committed chunk: committing walks every row the chunk wrote, so a chunk whose pages are still
     * in H2's cache commits without reading them back (100k messages, 96 MB heap: 20k → 5k records per chunk
     * took the write from 5.4k to 5.8k messages/s; 1k gave no more).
     */
    static final int CHUNK = 5_000;

    private final DSLContext db;
    private final TextEntityExtractor extractor;
    private final int chunk;
    private final RecordSearchIndex search;

    /** A writer that stores records only. */
    public PhoneRecordWriter(DSLContext db) {
        this(db, null);
    }

    /** A writer that also records the records' entities (numbers, e-mails, finds in message bodies). */
    public PhoneRecordWriter(DSLContext db, TextEntityExtractor extractor) {
        this(db, extractor, RecordSearchIndex.NONE);
    }

    /** A writer that also records the entities and makes each message searchable on its own. */
    public PhoneRecordWriter(DSLContext db, TextEntityExtractor extractor, RecordSearchIndex search) {
        this(db, extractor, CHUNK, search);
    }

    /** Tests use small chunks. */
    PhoneRecordWriter(DSLContext db, TextEntityExtractor extractor, int chunk) {
        this(db, extractor, chunk, RecordSearchIndex.NONE);
    }

    PhoneRecordWriter(DSLContext db, TextEntityExtractor extractor, int chunk, RecordSearchIndex search) {
        this.db = db;
        this.extractor = extractor;
        this.chunk = chunk;
        this.search = search;
    }

    /** Returns the number of messages written. */
    public long write(PhoneArtifactParser parser, Path file, PhoneParseContext context)
            throws PhoneParseException, IOException {
        return write(parser, file, context, written -> { });
    }

    /**
     * Returns the number of messages written; {@code progress} hears how many records are in the case after
     * each committed chunk and at the end.
     */
    public long write(PhoneArtifactParser parser, Path file, PhoneParseContext context, LongConsumer progress)
            throws PhoneParseException, IOException {
        CommsImportState state = new CommsImportState(db);
        state.begin(context.exhibitId());
        long written;
        try {
            written = db.connectionResult(connection -> writeInChunks(connection, parser, file, context, progress));
        } catch (RuntimeException | Error e) {
            // A damaged database leaves no half of its messages behind.
            try {
                state.discard(context.exhibitId());
                search.discard(context.exhibitId());
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
            }
            throw unwrapped(e);
        }
        state.finish(context.exhibitId());
        return written;
    }

    private long writeInChunks(Connection connection, PhoneArtifactParser parser, Path file,
            PhoneParseContext context, LongConsumer progress) throws SQLException, PhoneParseException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            DSLContext chunkDb = db.configuration().derive(new DefaultConnectionProvider(connection)).dsl();
            // A phone repeats its few thousand numbers and finds in a million rows: queue their sources.
            EntityBatch entities = extractor == null ? null : new EntityBatch(chunkDb);
            RepositoryPhoneRecordSink sink = new RepositoryPhoneRecordSink(chunkDb, chunk, records -> {
                if (entities != null) {
                    entities.flush();
                }
                commit(connection);
                progress.accept(records);
            });
            if (entities == null) {
                parser.parse(file, context, sink);
            } else {
                ParseAheadWriter.write(parser, file, context, sink, entities::record, extractor, search);
            }
            sink.flush();
            if (entities != null) {
                entities.flush();
            }
            connection.commit();
            progress.accept(sink.recordsWritten());
            return sink.messagesWritten();
        } catch (SQLException | PhoneParseException | IOException | RuntimeException | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new DataAccessException("Committing a chunk of phone records failed: " + e.getMessage(), e);
        }
    }

    /** jOOQ wraps checked exceptions thrown inside its callbacks: give them back as they were. */
    private static RuntimeException unwrapped(Throwable e) throws PhoneParseException, IOException {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof DataAccessException && e.getCause() instanceof PhoneParseException parseFailure) {
            throw parseFailure;
        }
        if (e instanceof DataAccessException && e.getCause() instanceof IOException ioFailure) {
            throw ioFailure;
        }
        return (RuntimeException) e;
    }
}
