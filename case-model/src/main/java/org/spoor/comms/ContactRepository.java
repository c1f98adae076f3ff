package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_CONTACT;
import static org.spoor.casefile.db.Tables.COMMS_CONTACT_IDENTIFIER;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsContactIdentifierRecord;

/** Address-book and app contacts with their numbers, e-mails and user ids. */
public final class ContactRepository {

    private final DSLContext db;

    public ContactRepository(DSLContext db) {
        this.db = db;
    }

    public Contact add(Contact contact) {
        long id = db.insertInto(COMMS_CONTACT)
                .set(COMMS_CONTACT.EXHIBIT_ID, contact.source().exhibitId())
                .set(COMMS_CONTACT.SOURCE_LOCATOR, contact.source().locator())
                .set(COMMS_CONTACT.SERVICE, contact.service())
                .set(COMMS_CONTACT.DISPLAY_NAME, contact.displayName())
                .returningResult(COMMS_CONTACT.ID)
                .fetchOne().value1();
        for (ContactIdentifier identifier : contact.identifiers()) {
            db.insertInto(COMMS_CONTACT_IDENTIFIER)
                    .set(COMMS_CONTACT_IDENTIFIER.CONTACT_ID, id)
                    .set(COMMS_CONTACT_IDENTIFIER.KIND, identifier.kind().name())
                    .set(COMMS_CONTACT_IDENTIFIER.RAW_VALUE, identifier.raw())
                    .set(COMMS_CONTACT_IDENTIFIER.NORMALISED_VALUE, identifier.normalised())
                    .set(COMMS_CONTACT_IDENTIFIER.LABEL, identifier.label())
                    .execute();
        }
        return contact.withId(id);
    }

    public List<Contact> findByExhibit(long exhibitId) {
        Map<Long, List<ContactIdentifier>> identifiers = db.selectFrom(COMMS_CONTACT_IDENTIFIER)
                .where(COMMS_CONTACT_IDENTIFIER.CONTACT_ID.in(db.select(COMMS_CONTACT.ID).from(COMMS_CONTACT)
                        .where(COMMS_CONTACT.EXHIBIT_ID.eq(exhibitId))))
                .orderBy(COMMS_CONTACT_IDENTIFIER.ID)
                .fetchGroups(COMMS_CONTACT_IDENTIFIER.CONTACT_ID, ContactRepository::toIdentifier);
        return db.selectFrom(COMMS_CONTACT)
                .where(COMMS_CONTACT.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_CONTACT.ID)
                .fetch(r -> new Contact(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()),
                        r.getService(), r.getDisplayName(), identifiers.getOrDefault(r.getId(), List.of())));
    }

    /**
     * Names the case's address books give each normalised number, e-mail or user id (the first contact
     * that has a name wins), to name parties that the messages and calls themselves leave unnamed.
     */
    public Map<String, String> namesByIdentifier() {
        Map<String, String> names = new java.util.HashMap<>();
        db.select(COMMS_CONTACT_IDENTIFIER.NORMALISED_VALUE, COMMS_CONTACT.DISPLAY_NAME)
                .from(COMMS_CONTACT_IDENTIFIER)
                .join(COMMS_CONTACT).on(COMMS_CONTACT.ID.eq(COMMS_CONTACT_IDENTIFIER.CONTACT_ID))
                .where(COMMS_CONTACT_IDENTIFIER.NORMALISED_VALUE.isNotNull())
                .and(COMMS_CONTACT.DISPLAY_NAME.isNotNull())
                .orderBy(COMMS_CONTACT.ID, COMMS_CONTACT_IDENTIFIER.ID)
                .forEach(r -> names.putIfAbsent(r.value1(), r.value2()));
        return names;
    }

    /** The exhibits that hold contacts, in id order. */
    public List<Long> exhibitIds() {
        return db.selectDistinct(COMMS_CONTACT.EXHIBIT_ID).from(COMMS_CONTACT)
                .orderBy(COMMS_CONTACT.EXHIBIT_ID).fetch(COMMS_CONTACT.EXHIBIT_ID);
    }

    private static ContactIdentifier toIdentifier(CommsContactIdentifierRecord r) {
        return new ContactIdentifier(ContactIdentifier.Kind.valueOf(r.getKind()), r.getRawValue(),
                r.getNormalisedValue(), r.getLabel());
    }
}
