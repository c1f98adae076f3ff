package org.spoor.ingest.phone;

import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.ingest.entities.EntityRecorder;

/** Passes records on to another sink and records their entities (numbers, e-mails, text finds). */
public final class EntityRecordingSink implements PhoneRecordSink {

    private final PhoneRecordSink next;
    private final EntityRecorder recorder;

    public EntityRecordingSink(PhoneRecordSink next, EntityRecorder recorder) {
        this.next = next;
        this.recorder = recorder;
    }

    @Override
    public void device(Device device) {
        next.device(device);
    }

    @Override
    public void account(Account account) {
        next.account(account);
        recorder.recordAccount(account);
    }

    @Override
    public void contact(Contact contact) {
        next.contact(contact);
        recorder.recordContact(contact);
    }

    @Override
    public void conversation(Conversation conversation) {
        next.conversation(conversation);
    }

    @Override
    public void message(Message message) {
        next.message(message);
        recorder.recordMessage(message);
    }

    @Override
    public void call(Call call) {
        next.call(call);
        recorder.recordCall(call);
    }

    @Override
    public void location(Location location) {
        next.location(location);
    }
}
