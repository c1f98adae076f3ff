package org.spoor.app.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.comms.CommsFixtures;

class NetworkViewModelTest {

    private TestServices services;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void services() {
        services = new TestServices(Locale.ENGLISH);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void theOwnerIsLinkedToEveryoneSheMessagedCalledOrKeptInHerAddressBook() {
        NetworkGraph graph = NetworkBuilder.build(CommsFixtures.phone(), "Phone owner");

        assertThat(graph.nodes()).extracting(NetworkGraph.Node::key)
                .containsExactlyInAnyOrder("seal:VN-44-01", CommsFixtures.HUNG, CommsFixtures.TUAN);
        assertThat(graph.nodes()).filteredOn(n -> n.key().equals(CommsFixtures.HUNG)).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NetworkGraph.Kind.PERSON);
                    assertThat(n.label()).isEqualTo("Anh Hùng · " + CommsFixtures.HUNG);
                });
        NetworkGraph.Link strongest = graph.links().get(0);
        assertThat(strongest.messages()).isEqualTo(3);
        assertThat(strongest.calls()).isEqualTo(2);
        assertThat(strongest.contacts()).isEqualTo(1);
        assertThat(graph.links().get(1).weight()).isEqualTo(1);
    }

    @Test
    void theLayoutKeepsEveryNodeInsideTheSquareApartAndIsTheSameEachTime() {
        NetworkGraph graph = NetworkBuilder.build(CommsFixtures.phone(), "Phone owner");

        Map<String, ForceLayout.Position> first = ForceLayout.layout(graph, 200, 7);
        Map<String, ForceLayout.Position> again = ForceLayout.layout(graph, 200, 7);

        assertThat(first).isEqualTo(again);
        assertThat(first.values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1.0);
            assertThat(p.y()).isBetween(0.0, 1.0);
        });
        ForceLayout.Position hung = first.get(CommsFixtures.HUNG);
        ForceLayout.Position tuan = first.get(CommsFixtures.TUAN);
        assertThat(Math.hypot(hung.x() - tuan.x(), hung.y() - tuan.y())).isGreaterThan(0.2);
    }

    @Test
    void theViewModelLaysTheNetworkOutInTheBackgroundAndListsItsLinksStrongestFirst() throws Exception {
        NetworkViewModel model = new NetworkViewModel(CommsFixtures::phone, services.tasks,
                Messages.in(Locale.ENGLISH));

        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.links().isEmpty());

        assertThat(FxTestThread.call(() -> model.pictureProperty().get().positions())).hasSize(3);
        LinkRow first = FxTestThread.call(() -> model.links().get(0));
        assertThat(first.to() + first.from()).contains("Anh Hùng", "Phone owner (VN-44-01)");
    }
}
