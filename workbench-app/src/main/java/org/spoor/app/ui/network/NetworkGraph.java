package org.spoor.app.ui.network;

import java.util.List;

/**
 * Who is linked to whom in a case: phone owners, people and numbers as nodes; contact by message, by
 * call or by an address-book entry as weighted links.
 */
public record NetworkGraph(List<Node> nodes, List<Link> links) {

    public NetworkGraph {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** What a node stands for: a seized phone's owner, a named person, or a number nobody named. */
    public enum Kind {
        OWNER,
        PERSON,
        NUMBER
    }

    public record Node(String key, String label, Kind kind) {
    }

    /** A link between two nodes (by key) with how many messages, calls and address-book entries make it. */
    public record Link(String from, String to, int messages, int calls, int contacts) {

        public int weight() {
            return messages + calls + contacts;
        }
    }
}
