package org.spoor.ingest.phone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;

/** Collects records in lists: for tests and for previews that store nothing. */
public final class InMemoryPhoneRecordSink implements PhoneRecordSink {

    private final List<Device> devices = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Conversation> conversations = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();

    @Override
    public void device(Device device) {
        devices.add(device);
    }

    @Override
    public void account(Account account) {
        accounts.add(account);
    }

    @Override
    public void contact(Contact contact) {
        contacts.add(contact);
    }

    @Override
    public void conversation(Conversation conversation) {
        conversations.add(conversation);
    }

    @Override
    public void message(Message message) {
        messages.add(message);
    }

    @Override
    public void call(Call call) {
        calls.add(call);
    }

    @Override
    public void location(Location location) {
        locations.add(location);
    }

    public List<Device> devices() {
        return Collections.unmodifiableList(devices);
    }

    public List<Account> accounts() {
        return Collections.unmodifiableList(accounts);
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<Conversation> conversations() {
        return Collections.unmodifiableList(conversations);
    }

    public List<Message> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<Call> calls() {
        return Collections.unmodifiableList(calls);
    }

    public List<Location> locations() {
        return Collections.unmodifiableList(locations);
    }
}
