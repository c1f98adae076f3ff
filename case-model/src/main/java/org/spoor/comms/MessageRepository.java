package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_ATTACHMENT;
import static org.spoor.casefile.db.Tables.COMMS_CONVERSATION;
import static org.spoor.casefile.db.Tables.COMMS_MESSAGE;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Messages and their attachments. Messages without attachments are written in JDBC batches, since
 * a phone holds hundreds of thousands of them.
 */
public final class MessageRepository {

    /** Recipients are stored as one column; the separator cannot occur in a number or JID. */
    static final String RECIPIENT_SEPARATOR = "; ";

    private static final String INSERT_MESSAGE = """
            INSERT INTO comms_message (exhibit_id, source_locator, conversation_id, service, direction, sender_raw,
                sender, sender_name, recipients, sent_at, sent_offset, body, status, deleted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** Rows fetched at a time by a cursor over an exhibit's messages. */
    private static final int CURSOR_FETCH = 1_000;

    private final DSLContext db;
    private final ConversationRepository conversations;
    private final Map<String, Long> conversationIds = new HashMap<>();

    public MessageRepository(DSLContext db) {
        this.db = db;
        this.conversations = new ConversationRepository(db);
    }

    public Message add(Message message) {
        long id = db.insertInto(COMMS_MESSAGE)
                .set(COMMS_MESSAGE.EXHIBIT_ID, message.source().exhibitId())
                .set(COMMS_MESSAGE.SOURCE_LOCATOR, message.source().locator())
                .set(COMMS_MESSAGE.CONVERSATION_ID, conversationId(message))
                .set(COMMS_MESSAGE.SERVICE, message.service())
                .set(COMMS_MESSAGE.DIRECTION, message.direction().name())
                .set(COMMS_MESSAGE.SENDER_RAW, message.sender() == null ? null : message.sender().raw())
                .set(COMMS_MESSAGE.SENDER, message.sender() == null ? null : message.sender().normalised())
                .set(COMMS_MESSAGE.SENDER_NAME, message.sender() == null ? null : message.sender().displayName())
                .set(COMMS_MESSAGE.RECIPIENTS, recipients(message))
                .set(COMMS_MESSAGE.SENT_AT, message.sentAt() == null ? null : message.sentAt().toUtc())
                .set(COMMS_MESSAGE.SENT_OFFSET, message.sentAt() == null ? null : message.sentAt().originalOffset())
                .set(COMMS_MESSAGE.BODY, message.body())
                .set(COMMS_MESSAGE.STATUS, message.status())
                .set(COMMS_MESSAGE.DELETED, message.deleted())
                .returningResult(COMMS_MESSAGE.ID)
                .fetchOne().value1();
        for (Attachment attachment : message.attachments()) {
            db.insertInto(COMMS_ATTACHMENT)
                    .set(COMMS_ATTACHMENT.MESSAGE_ID, id)
                    .set(COMMS_ATTACHMENT.SOURCE_LOCATOR, attachment.sourceLocator())
                    .set(COMMS_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(COMMS_ATTACHMENT.MEDIA_TYPE, attachment.mediaType())
                    .set(COMMS_ATTACHMENT.SIZE_BYTES, attachment.sizeBytes())
                    .set(COMMS_ATTACHMENT.EXTRACTED_PATH, attachment.extractedPath())
                    .set(COMMS_ATTACHMENT.CHILD_EXHIBIT_ID, attachment.childExhibitId())
                    .set(COMMS_ATTACHMENT.SHA256, attachment.sha256())
                    .execute();
        }
        return message.withId(id);
    }

    /**
     * Writes many messages; those with attachments one by one (their ids are needed), the rest in one
     * plain JDBC batch with a single prepared statement: a phone holds a million messages, and binding
     * through the query builder per row cost more than H2's own insert.
     */
    public void addAll(List<Message> messages) {
        List<Message> plain = new ArrayList<>(messages.size());
        for (Message m : messages) {
            if (m.attachments().isEmpty()) {
                plain.add(m);
            } else {
                add(m);
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        // Conversation ids first: a new conversation is an insert of its own on the same connection.
        Long[] conversationIds = new Long[plain.size()];
        for (int i = 0; i < plain.size(); i++) {
            conversationIds[i] = conversationId(plain.get(i));
        }
        db.connection(connection -> {
            try (PreparedStatement st = connection.prepareStatement(INSERT_MESSAGE)) {
                for (int i = 0; i < plain.size(); i++) {
                    bind(st, plain.get(i), conversationIds[i]);
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement st, Message m, Long conversationId) throws SQLException {
        Party sender = m.sender();
        st.setLong(1, m.source().exhibitId());
        st.setString(2, m.source().locator());
        if (conversationId == null) {
            st.setNull(3, Types.BIGINT);
        } else {
            st.setLong(3, conversationId);
        }
        st.setString(4, m.service());
        st.setString(5, m.direction().name());
        st.setString(6, sender == null ? null : sender.raw());
        st.setString(7, sender == null ? null : sender.normalised());
        st.setString(8, sender == null ? null : sender.displayName());
        st.setString(9, recipients(m));
        if (m.sentAt() == null) {
            st.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
            st.setNull(11, Types.VARCHAR);
        } else {
            st.setObject(10, m.sentAt().toUtc());
            st.setString(11, m.sentAt().originalOffset());
        }
        st.setString(12, m.body());
        st.setString(13, m.status());
        st.setBoolean(14, m.deleted());
    }

    /** The exhibits that hold messages, in id order, so a case-wide view can read them one by one. */
    public List<Long> exhibitIds() {
        return db.selectDistinct(COMMS_MESSAGE.EXHIBIT_ID).from(COMMS_MESSAGE)
                .orderBy(COMMS_MESSAGE.EXHIBIT_ID).fetch(COMMS_MESSAGE.EXHIBIT_ID);
    }

    /** How many messages the case holds. */
    public long count() {
        return db.fetchCount(COMMS_MESSAGE);
    }

    public long countByExhibit(long exhibitId) {
        return db.fetchCount(COMMS_MESSAGE, COMMS_MESSAGE.EXHIBIT_ID.eq(exhibitId));
    }

    /** The exhibit's messages in time order (undated last), with their attachments. */
    public List<Message> findByExhibit(long exhibitId) {
        List<Message> messages = new ArrayList<>();
        forEachByExhibit(exhibitId, messages::add);
        return messages;
    }

    /**
     * Calls {@code each} with the exhibit's messages in time order (undated last), read through a cursor: a
     * phone of a million messages is listed or exported without holding it in memory.
     */
    public void forEachByExhibit(long exhibitId, Consumer<Message> each) {
        forEachByExhibit(exhibitId, Integer.MAX_VALUE, each);
    }

    /** The first {@code limit} of the exhibit's messages in time order, through a cursor. */
    public void forEachByExhibit(long exhibitId, int limit, Consumer<Message> each) {
        Map<Long, List<Attachment>> attachments = attachmentsOf(COMMS_ATTACHMENT.MESSAGE_ID.in(
                db.select(COMMS_MESSAGE.ID).from(COMMS_MESSAGE).where(COMMS_MESSAGE.EXHIBIT_ID.eq(exhibitId))));
        Map<Long, String> keys = conversationKeys(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId));
        try (Cursor<Record> rows = db.select(COMMS_MESSAGE.asterisk()).from(COMMS_MESSAGE)
                .where(COMMS_MESSAGE.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_MESSAGE.SENT_AT.asc().nullsLast(), COMMS_MESSAGE.ID)
                .limit(limit)
                .fetchSize(CURSOR_FETCH).fetchLazy()) {
            for (Record r : rows) {
                each.accept(toMessage(r, keys.get(r.get(COMMS_MESSAGE.CONVERSATION_ID)),
                        attachments.getOrDefault(r.get(COMMS_MESSAGE.ID), List.of())));
            }
        }
    }

    /**
     * The case's messages counted in groups, with each group's message times and ids: one pass over the
     * messages without their bodies, so the overviews of a phone cost its few thousand groups.
     */
    public MessageOverview overview() {
        Map<Long, String> keys = conversationKeys(DSL.noCondition());
        MessageOverview.Builder overview = new MessageOverview.Builder();
        try (Cursor<? extends Record> rows = db.select(COMMS_MESSAGE.ID, COMMS_MESSAGE.EXHIBIT_ID,
                        COMMS_MESSAGE.CONVERSATION_ID, COMMS_MESSAGE.SERVICE, COMMS_MESSAGE.DIRECTION,
                        COMMS_MESSAGE.SENDER_RAW, COMMS_MESSAGE.SENDER,
                        COMMS_MESSAGE.SENDER_NAME, COMMS_MESSAGE.RECIPIENTS, COMMS_MESSAGE.SENT_AT)
                .from(COMMS_MESSAGE).fetchSize(CURSOR_FETCH).fetchLazy()) {
            for (Record r : rows) {
                overview.add(r.get(COMMS_MESSAGE.ID), r.get(COMMS_MESSAGE.EXHIBIT_ID),
                        keys.get(r.get(COMMS_MESSAGE.CONVERSATION_ID)), r.get(COMMS_MESSAGE.SERVICE),
                        r.get(COMMS_MESSAGE.DIRECTION), r.get(COMMS_MESSAGE.SENDER_RAW), r.get(COMMS_MESSAGE.SENDER),
                        r.get(COMMS_MESSAGE.SENDER_NAME), r.get(COMMS_MESSAGE.RECIPIENTS),
                        instant(r.get(COMMS_MESSAGE.SENT_AT)));
            }
        }
        return overview.build();
    }

    /** The messages of these ids in the order given, with their attachments (a thread's page). */
    public List<Message> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Message> found = new HashMap<>();
        Map<Long, List<Attachment>> attachments = attachmentsOf(COMMS_ATTACHMENT.MESSAGE_ID.in(ids));
        Map<Long, String> keys = conversationKeys(COMMS_CONVERSATION.ID.in(db.select(COMMS_MESSAGE.CONVERSATION_ID)
                .from(COMMS_MESSAGE).where(COMMS_MESSAGE.ID.in(ids))));
        for (Record r : db.select(COMMS_MESSAGE.asterisk()).from(COMMS_MESSAGE).where(COMMS_MESSAGE.ID.in(ids))
                .fetch()) {
            found.put(r.get(COMMS_MESSAGE.ID), toMessage(r, keys.get(r.get(COMMS_MESSAGE.CONVERSATION_ID)),
                    attachments.getOrDefault(r.get(COMMS_MESSAGE.ID), List.of())));
        }
        return ids.stream().map(found::get).filter(m -> m != null).toList();
    }

    private Map<Long, List<Attachment>> attachmentsOf(Condition which) {
        return db.selectFrom(COMMS_ATTACHMENT).where(which).orderBy(COMMS_ATTACHMENT.ID)
                .fetchGroups(COMMS_ATTACHMENT.MESSAGE_ID, r -> new Attachment(r.getSourceLocator(),
                        r.getFileName(), r.getMediaType(), r.getSizeBytes(), r.getExtractedPath(),
                        r.getChildExhibitId(), r.getSha256(), r.getLinkProblem()));
    }

    /** The keys of the conversations {@code which} selects, by conversation id. */
    private Map<Long, String> conversationKeys(Condition which) {
        return db.select(COMMS_CONVERSATION.ID, COMMS_CONVERSATION.CONVERSATION_KEY).from(COMMS_CONVERSATION)
                .where(which).fetchMap(COMMS_CONVERSATION.ID, COMMS_CONVERSATION.CONVERSATION_KEY);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static Party sender(String raw, String normalised, String name) {
        return raw == null && name == null ? null : Party.of(raw, normalised, name);
    }

    static List<Party> recipientsOf(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(RECIPIENT_SEPARATOR)).map(v -> Party.of(v, v, null))
                        .collect(Collectors.toList());
    }

    private static Message toMessage(Record r, String conversationKey, List<Attachment> attachments) {
        return new Message(r.get(COMMS_MESSAGE.ID),
                SourceRef.of(r.get(COMMS_MESSAGE.EXHIBIT_ID), r.get(COMMS_MESSAGE.SOURCE_LOCATOR)),
                conversationKey, r.get(COMMS_MESSAGE.SERVICE),
                Direction.valueOf(r.get(COMMS_MESSAGE.DIRECTION)),
                sender(r.get(COMMS_MESSAGE.SENDER_RAW), r.get(COMMS_MESSAGE.SENDER), r.get(COMMS_MESSAGE.SENDER_NAME)),
                recipientsOf(r.get(COMMS_MESSAGE.RECIPIENTS)),
                RecordedTime.fromColumns(r.get(COMMS_MESSAGE.SENT_AT), r.get(COMMS_MESSAGE.SENT_OFFSET)),
                r.get(COMMS_MESSAGE.BODY), r.get(COMMS_MESSAGE.STATUS), r.get(COMMS_MESSAGE.DELETED), attachments);
    }

    private static String recipients(Message message) {
        return joinedKeys(message.recipients());
    }

    /** Recipients as stored: their comparison keys joined, null for none. */
    static String joinedKeys(List<Party> parties) {
        List<String> keys = new ArrayList<>();
        for (Party p : parties) {
            if (p.key() != null) {
                keys.add(p.key());
            }
        }
        return keys.isEmpty() ? null : String.join(RECIPIENT_SEPARATOR, keys);
    }

    private Long conversationId(Message message) {
        if (message.conversationKey() == null) {
            return null;
        }
        long exhibitId = message.source().exhibitId();
        String cacheKey = exhibitId + "\u0000" + message.conversationKey();
        Long known = conversationIds.get(cacheKey);
        if (known == null) {
            known = conversations.idOf(exhibitId, message.conversationKey()).orElseGet(() -> conversations.add(
                    new Conversation(null, SourceRef.of(exhibitId, message.source().locator()),
                            message.conversationKey(), message.service(), null, List.of())).id());
            conversationIds.put(cacheKey, known);
        }
        return known;
    }
}
