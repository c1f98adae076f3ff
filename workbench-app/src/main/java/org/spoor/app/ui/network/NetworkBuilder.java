package org.spoor.app.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.app.ui.comms.CaseComms;
import org.spoor.app.ui.comms.ContactCount;
import org.spoor.app.ui.comms.ContactTally;
import org.spoor.app.ui.comms.PhoneOwners;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;

/**
 * Builds the network from a case's communications: each phone owner linked to everyone they messaged or
 * called, and to everyone in their address book. A number that is also another phone's owner number is
 * the same node, which is how two seized phones show up as talking to each other.
 */
public final class NetworkBuilder {

    private final Map<String, NetworkGraph.Node> nodes = new LinkedHashMap<>();
    private final Map<String, int[]> links = new LinkedHashMap<>();

    private NetworkBuilder() {
    }

    public static NetworkGraph build(CaseComms comms, String ownerWord) {
        NetworkBuilder builder = new NetworkBuilder();
        for (ContactCount count : ContactTally.count(comms, ownerWord)) {
            builder.owner(count.ownerKey(), count.ownerLabel());
            builder.party(count.partyKey(), count.partyName());
            int[] link = builder.link(count.ownerKey(), count.partyKey());
            link[0] += count.messages();
            link[1] += count.calls();
        }
        PhoneOwners owners = new PhoneOwners(comms);
        for (Contact contact : comms.contacts()) {
            long exhibitId = contact.source().exhibitId();
            String ownerKey = owners.keyOf(exhibitId);
            for (ContactIdentifier identifier : contact.identifiers()) {
                String key = identifier.normalised() != null ? identifier.normalised() : identifier.raw();
                if (key == null || key.equals(ownerKey)) {
                    continue;
                }
                builder.owner(ownerKey, owners.labelOf(exhibitId, ownerWord));
                builder.party(key, contact.displayName());
                builder.link(ownerKey, key)[2]++;
            }
        }
        return builder.graph();
    }

    private void owner(String key, String label) {
        nodes.put(key, new NetworkGraph.Node(key, label, NetworkGraph.Kind.OWNER));
    }

    private void party(String key, String name) {
        NetworkGraph.Node known = nodes.get(key);
        if (known != null && (known.kind() != NetworkGraph.Kind.NUMBER || name == null)) {
            return;
        }
        nodes.put(key, name == null ? new NetworkGraph.Node(key, key, NetworkGraph.Kind.NUMBER)
                : new NetworkGraph.Node(key, name.equals(key) ? name : name + " · " + key, NetworkGraph.Kind.PERSON));
    }

    /** Counts of one undirected link: messages, calls, address-book entries. */
    private int[] link(String a, String b) {
        String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
        return links.computeIfAbsent(key, k -> new int[3]);
    }

    private NetworkGraph graph() {
        List<NetworkGraph.Link> result = new ArrayList<>();
        links.forEach((key, counts) -> {
            String[] ends = key.split("\u0000", 2);
            result.add(new NetworkGraph.Link(ends[0], ends[1], counts[0], counts[1], counts[2]));
        });
        result.sort(Comparator.comparingInt(NetworkGraph.Link::weight).reversed());
        return new NetworkGraph(new ArrayList<>(nodes.values()), result);
    }
}
