package org.spoor.ingest.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.spoor.comms.Account;
import org.spoor.comms.AccountRepository;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactRepository;
import org.spoor.comms.Conversation;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.Device;
import org.spoor.comms.DeviceRepository;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;

/**
 * Writes records into the case through the comms repositories. Messages are buffered and written in
 * batches; call {@link #flush()} at the end (done by {@link PhoneRecordWriter}). Every so many records
 * the checkpoint runs (the writer commits a chunk there), so nothing per record outlives its chunk.
 */
public final class RepositoryPhoneRecordSink implements PhoneRecordSink {

    private static final int BATCH = 5_000;

    private final DeviceRepository devices;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final CallRepository calls;
    private final LocationRepository locations;
    private final List<Message> pending = new ArrayList<>(BATCH);
    private final int chunk;
    private final LongConsumer checkpoint;
    private long written;
    private long records;
    private long sinceCheckpoint;

    /** A sink without checkpoints: everything is written in the caller's transaction. */
    public RepositoryPhoneRecordSink(DSLContext db) {
        this(db, Integer.MAX_VALUE, records -> { });
    }

    /** A sink that runs {@code checkpoint} after each {@code chunk} records written, with the records so far. */
    public RepositoryPhoneRecordSink(DSLContext db, int chunk, LongConsumer checkpoint) {
        this.chunk = chunk;
        this.checkpoint = checkpoint;
        devices = new DeviceRepository(db);
        accounts = new AccountRepository(db);
        contacts = new ContactRepository(db);
        conversations = new ConversationRepository(db);
        messages = new MessageRepository(db);
        calls = new CallRepository(db);
        locations = new LocationRepository(db);
    }

    @Override
    public void device(Device device) {
        devices.add(device);
        counted(1);
    }

    @Override
    public void account(Account account) {
        accounts.add(account);
        counted(1);
    }

    @Override
    public void contact(Contact contact) {
        contacts.add(contact);
        counted(1);
    }

    @Override
    public void conversation(Conversation conversation) {
        flush();
        conversations.add(conversation);
        counted(1);
    }

    @Override
    public void message(Message message) {
        pending.add(message);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void call(Call call) {
        calls.add(call);
        counted(1);
    }

    @Override
    public void location(Location location) {
        locations.add(location);
        counted(1);
    }

    public void flush() {
        if (!pending.isEmpty()) {
            messages.addAll(pending);
            written += pending.size();
            int batch = pending.size();
            pending.clear();
            counted(batch);
        }
    }

    private void counted(int count) {
        records += count;
        sinceCheckpoint += count;
        if (sinceCheckpoint >= chunk) {
            sinceCheckpoint = 0;
            flush();
            checkpoint.accept(records);
        }
    }

    /** Records of every kind written so far (messages after the last flush). */
    public long recordsWritten() {
        return records;
    }

    /** Messages written so far (after the last flush). */
    public long messagesWritten() {
        return written;
    }
}
