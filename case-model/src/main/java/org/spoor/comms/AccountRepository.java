package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_ACCOUNT;

import java.util.List;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsAccountRecord;

/** The phone owner's accounts in apps. */
public final class AccountRepository {

    private final DSLContext db;

    public AccountRepository(DSLContext db) {
        this.db = db;
    }

    public Account add(Account account) {
        long id = db.insertInto(COMMS_ACCOUNT)
                .set(COMMS_ACCOUNT.EXHIBIT_ID, account.source().exhibitId())
                .set(COMMS_ACCOUNT.SOURCE_LOCATOR, account.source().locator())
                .set(COMMS_ACCOUNT.SERVICE, account.service())
                .set(COMMS_ACCOUNT.IDENTIFIER_RAW, account.identifierRaw())
                .set(COMMS_ACCOUNT.IDENTIFIER, account.identifier())
                .set(COMMS_ACCOUNT.DISPLAY_NAME, account.displayName())
                .returningResult(COMMS_ACCOUNT.ID)
                .fetchOne().value1();
        return account.withId(id);
    }

    public List<Account> findByExhibit(long exhibitId) {
        return db.selectFrom(COMMS_ACCOUNT)
                .where(COMMS_ACCOUNT.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_ACCOUNT.ID)
                .fetch(AccountRepository::toAccount);
    }

    private static Account toAccount(CommsAccountRecord r) {
        return new Account(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()), r.getService(),
                r.getIdentifierRaw(), r.getIdentifier(), r.getDisplayName());
    }
}
