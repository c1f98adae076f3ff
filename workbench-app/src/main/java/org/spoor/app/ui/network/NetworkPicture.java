package org.spoor.app.ui.network;

import java.util.Map;

/** A network and where each of its nodes sits (unit square), ready to draw at any size. */
public record NetworkPicture(NetworkGraph graph, Map<String, ForceLayout.Position> positions) {

    public NetworkPicture {
        positions = Map.copyOf(positions);
    }

    public static NetworkPicture empty() {
        return new NetworkPicture(new NetworkGraph(java.util.List.of(), java.util.List.of()), Map.of());
    }
}
