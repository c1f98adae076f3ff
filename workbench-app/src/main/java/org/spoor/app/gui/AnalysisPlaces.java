package org.spoor.app.gui;

import java.time.ZoneId;
import java.util.function.LongConsumer;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.comms.CommsSource;
import org.spoor.app.ui.comms.CommunicationsController;
import org.spoor.app.ui.comms.CommunicationsViewModel;
import org.spoor.app.ui.entities.EntitiesController;
import org.spoor.app.ui.entities.EntitiesViewModel;
import org.spoor.app.ui.entities.EntityStore;
import org.spoor.app.ui.main.Place;
import org.spoor.app.ui.network.NetworkController;
import org.spoor.app.ui.network.NetworkViewModel;
import org.spoor.app.ui.timeline.TimelineController;
import org.spoor.app.ui.timeline.TimelineSource;
import org.spoor.app.ui.timeline.TimelineViewModel;

/**
 * The composition root's part for the analysis places of an open case (entities, communications,
 * network, timeline): their view-models, made per language since they word their rows, and controllers.
 */
final class AnalysisPlaces {

    private final CommunicationsViewModel communications;
    private final EntitiesViewModel entities;
    private final NetworkViewModel network;
    private final TimelineViewModel timeline;

    /** @param exhibitOpener shows an exhibit in the evidence place (a chat attachment's file) */
    AnalysisPlaces(CaseSession session, Tasks tasks, Messages messages, ZoneId zone, LongConsumer exhibitOpener) {
        CommsSource comms = CommsSource.of(session.caseFile());
        this.communications = new CommunicationsViewModel(comms, tasks, zone, messages, exhibitOpener);
        this.entities = new EntitiesViewModel(new EntityStore(session.caseFile()), tasks, messages);
        this.network = new NetworkViewModel(comms, tasks, messages);
        this.timeline = new TimelineViewModel(TimelineSource.of(session.caseFile(), comms, messages, zone), tasks,
                zone, messages);
    }

    void register(ControllerFactory controllers, CurrentLanguage language) {
        controllers.register(CommunicationsController.class,
                () -> new CommunicationsController(communications, language));
        controllers.register(EntitiesController.class, () -> new EntitiesController(entities, language));
        controllers.register(NetworkController.class, () -> new NetworkController(network, language));
        controllers.register(TimelineController.class, () -> new TimelineController(timeline, language));
    }

    /** The view of one of these places, or null for any other place. */
    static String viewOf(Place place) {
        switch (place) {
            case COMMUNICATIONS:
                return "comms/communications.fxml";
            case ENTITIES:
                return "entities/entities.fxml";
            case NETWORK:
                return "network/network.fxml";
            case TIMELINE:
                return "timeline/timeline.fxml";
            default:
                return null;
        }
    }
}
