package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_CONVERSATION;
import static org.spoor.casefile.db.Tables.COMMS_PARTICIPANT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsConversationRecord;

/** Message threads and their participants. */
public final class ConversationRepository {

    private final DSLContext db;

    public ConversationRepository(DSLContext db) {
        this.db = db;
    }

    public Conversation add(Conversation conversation) {
        long id = db.insertInto(COMMS_CONVERSATION)
                .set(COMMS_CONVERSATION.EXHIBIT_ID, conversation.source().exhibitId())
                .set(COMMS_CONVERSATION.SOURCE_LOCATOR, conversation.source().locator())
                .set(COMMS_CONVERSATION.CONVERSATION_KEY, conversation.key())
                .set(COMMS_CONVERSATION.SERVICE, conversation.service())
                .set(COMMS_CONVERSATION.TITLE, conversation.title())
                .returningResult(COMMS_CONVERSATION.ID)
                .fetchOne().value1();
        for (Party party : conversation.participants()) {
            db.insertInto(COMMS_PARTICIPANT)
                    .set(COMMS_PARTICIPANT.CONVERSATION_ID, id)
                    .set(COMMS_PARTICIPANT.IDENTIFIER_RAW, party.raw())
                    .set(COMMS_PARTICIPANT.IDENTIFIER, party.normalised())
                    .set(COMMS_PARTICIPANT.DISPLAY_NAME, party.displayName())
                    .set(COMMS_PARTICIPANT.PHONE_OWNER, party.phoneOwner())
                    .execute();
        }
        return conversation.withId(id);
    }

    public Optional<Long> idOf(long exhibitId, String key) {
        return db.select(COMMS_CONVERSATION.ID).from(COMMS_CONVERSATION)
                .where(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId))
                .and(COMMS_CONVERSATION.CONVERSATION_KEY.eq(key))
                .fetchOptional(COMMS_CONVERSATION.ID);
    }

    public List<Conversation> findByExhibit(long exhibitId) {
        Map<Long, List<Party>> participants = db.selectFrom(COMMS_PARTICIPANT)
                .where(COMMS_PARTICIPANT.CONVERSATION_ID.in(db.select(COMMS_CONVERSATION.ID)
                        .from(COMMS_CONVERSATION).where(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId))))
                .orderBy(COMMS_PARTICIPANT.ID)
                .fetchGroups(COMMS_PARTICIPANT.CONVERSATION_ID, r -> new Party(r.getIdentifierRaw(),
                        r.getIdentifier(), r.getDisplayName(), r.getPhoneOwner()));
        return db.selectFrom(COMMS_CONVERSATION)
                .where(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_CONVERSATION.ID)
                .fetch(r -> toConversation(r, participants.getOrDefault(r.getId(), List.of())));
    }

    private static Conversation toConversation(CommsConversationRecord r, List<Party> participants) {
        return new Conversation(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()),
                r.getConversationKey(), r.getService(), r.getTitle(), participants);
    }
}
