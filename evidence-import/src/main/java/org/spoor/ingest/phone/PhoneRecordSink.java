package org.spoor.ingest.phone;

import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;

/**
 * Receives the normalised records a parser produces, in the order found. A conversation is
 * delivered before the messages that name its key.
 */
public interface PhoneRecordSink {

    void device(Device device);

    void account(Account account);

    void contact(Contact contact);

    void conversation(Conversation conversation);

    void message(Message message);

    void call(Call call);

    void location(Location location);
}
