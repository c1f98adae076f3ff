package org.spoor.ingest.entities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.SourceRef;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntityType;

/**
 * Records the entities of texts and phone records in the case, so that one number seen in a seized
 * document and in a phone's call log is one entity with both sources. Structured values (a call's
 * number) are sources without text offsets; contact names become people linked by their numbers'
 * sources, as the only source of names that is not a pattern.
 */
public final class EntityRecorder {

    private static final int CONTEXT_RADIUS = 60;
    private static final int PARTIES_REMEMBERED = 100_000;

    private final MentionStore entities;
    private final TextEntityExtractor extractor;
    private final PhoneNumbers numbers;
    /** Parties already recorded for a conversation; bounded, as a forgotten one only costs one more source. */
    private final Set<String> partiesSeen = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > PARTIES_REMEMBERED;
        }
    });

    public EntityRecorder(EntityRepository entities, TextEntityExtractor extractor, PhoneNumbers numbers) {
        this(entities::record, extractor, numbers);
    }

    /** A recorder storing through {@code store}, e.g. an {@link org.spoor.entity.EntityBatch} for a phone. */
    public EntityRecorder(MentionStore store, TextEntityExtractor extractor, PhoneNumbers numbers) {
        this.entities = store;
        this.extractor = extractor;
        this.numbers = numbers;
    }

    /** Where mentions go: one at a time into the repository, or queued in a batch. */
    @FunctionalInterface
    public interface MentionStore {
        void record(EntityMention mention, long exhibitId, String sourceLocator, String context);
    }

    /** Extracts and records the entities of a text; returns how many mentions were found. */
    public int recordText(long exhibitId, String locator, String text) {
        List<EntityMention> mentions = extractor.extract(text);
        for (EntityMention m : mentions) {
            int from = Math.max(0, m.startOffset() - CONTEXT_RADIUS);
            int to = Math.min(text.length(), m.endOffset() + CONTEXT_RADIUS);
            entities.record(m, exhibitId, locator, text.substring(from, to));
        }
        return mentions.size();
    }

    public void recordCall(Call call) {
        party(call.source(), call.counterpart());
    }

    /**
     * A message's parties are recorded once per conversation, at the first message that names them: the
     * conversation holds every message, and a number that sent 40,000 messages would otherwise be 40,000
     * sources (and most of a large phone's write time). What the body says is recorded message by message.
     */
    public void recordMessage(Message message) {
        partyOnce(message, message.sender());
        for (Party p : message.recipients()) {
            partyOnce(message, p);
        }
        if (message.body() != null) {
            recordText(message.source().exhibitId(), message.source().locator(), message.body());
        }
    }

    public void recordContact(Contact contact) {
        for (ContactIdentifier id : contact.identifiers()) {
            if (id.kind() == ContactIdentifier.Kind.EMAIL) {
                structured(contact.source(), EntityType.EMAIL, id.normalised(), id.raw(), List.of());
            } else {
                phone(contact.source(), id.raw());
            }
        }
        if (contact.displayName() != null && !contact.displayName().isBlank()) {
            String name = contact.displayName().trim();
            structured(contact.source(), EntityType.PERSON, TextFolding.fold(name), name, List.of());
        }
    }

    public void recordAccount(Account account) {
        if (account.identifierRaw() != null) {
            phone(account.source(), account.identifierRaw());
        }
    }

    private void partyOnce(Message message, Party party) {
        if (party == null || party.raw() == null) {
            return;
        }
        if (message.conversationKey() == null || partiesSeen.add(message.source().exhibitId() + "\u0000"
                + message.conversationKey() + "\u0000" + party.raw() + "\u0000" + party.normalised())) {
            party(message.source(), party);
        }
    }

    private void party(SourceRef source, Party party) {
        if (party == null || party.raw() == null) {
            return;
        }
        if (party.raw().contains("@") && !PhoneNumbers.isUserJid(party.raw())) {
            structured(source, EntityType.EMAIL, party.raw().trim().toLowerCase(Locale.ROOT), party.raw(), List.of());
        } else if (party.normalised() != null && party.normalised().startsWith("+")) {
            // The parser read the number in the region the row itself names (a call log's countryiso),
            // which the case's default region would get wrong: keep its reading, and the raw form.
            phone(source, party.normalised(), party.raw());
        } else {
            phone(source, party.raw());
        }
    }

    private void phone(SourceRef source, String raw) {
        phone(source, raw, raw);
    }

    private void phone(SourceRef source, String readable, String raw) {
        NormalisedNumber n = numbers.normalise(readable);
        if (n.e164() == null) {
            return;
        }
        EntityMention m = new EntityMention(EntityType.PHONE, n.e164(), n.display(), n.aliases().stream()
                .map(a -> new EntityMention.Alias(a, PhoneNumberFinder.RENUMBERING)).toList(), raw, -1, -1);
        entities.record(m, source.exhibitId(), source.locator(), null);
    }

    private void structured(SourceRef source, EntityType type, String key, String raw,
            List<EntityMention.Alias> aliases) {
        if (key == null || key.isBlank()) {
            return;
        }
        EntityMention m = new EntityMention(type, key, type == EntityType.PERSON ? raw : key, aliases, raw, -1, -1);
        entities.record(m, source.exhibitId(), source.locator(), null);
    }
}
