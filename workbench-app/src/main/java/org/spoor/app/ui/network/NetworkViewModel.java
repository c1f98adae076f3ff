package org.spoor.app.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.comms.CaseComms;
import org.spoor.app.ui.comms.CommsSource;

/**
 * The network place: the case's communications read, turned into a graph and laid out in the
 * background (the layout is the slow part), then handed to the view to draw.
 */
public final class NetworkViewModel {

    /** Enough rounds for a few hundred nodes to settle. */
    static final int LAYOUT_ROUNDS = 300;
    private static final long LAYOUT_SEED = 20_240_928L;

    private final CommsSource source;
    private final Tasks tasks;
    private final Messages messages;
    private final ObjectProperty<NetworkPicture> picture = new SimpleObjectProperty<>(NetworkPicture.empty());
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public NetworkViewModel(CommsSource source, Tasks tasks, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        String ownerWord = messages.text("comms.owner");
        tasks.background(() -> {
            CaseComms comms = source.read();
            NetworkGraph graph = NetworkBuilder.build(comms, ownerWord);
            return new NetworkPicture(graph, ForceLayout.layout(graph, LAYOUT_ROUNDS, LAYOUT_SEED));
        }).onSuccess(read -> {
            picture.set(read);
            links.setAll(rows(read.graph()));
        }).andFinally(() -> loading.set(false)).start();
    }

    private static List<LinkRow> rows(NetworkGraph graph) {
        Map<String, String> labels = new HashMap<>();
        graph.nodes().forEach(node -> labels.put(node.key(), node.label()));
        List<LinkRow> rows = new ArrayList<>();
        for (NetworkGraph.Link link : graph.links()) {
            rows.add(new LinkRow(labels.get(link.from()), labels.get(link.to()), link.messages(), link.calls(),
                    link.contacts()));
        }
        return rows;
    }

    public ReadOnlyObjectProperty<NetworkPicture> pictureProperty() {
        return picture;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
