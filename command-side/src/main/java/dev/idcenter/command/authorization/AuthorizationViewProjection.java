package dev.idcenter.command.authorization;

import dev.idcenter.command.store.AfterCommit;
import dev.idcenter.command.store.CommandDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link AuthorizationView} current. At startup, before the server takes requests, it replays the stored
 * events; afterwards it sees each new event in the command's own unit of work and applies it once that commits, so
 * a caller's next call is authorized against its last write, and a rolled back command changes nothing.
 *
 * <p>The view lives in this process: one command side writes the event store (see docs/architecture.md).
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
class AuthorizationViewProjection implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationViewProjection.class);
    private final AuthorizationView view;
    private final EventStorageEngine storage;

    AuthorizationViewProjection(AuthorizationView view, EventStorageEngine storage) {
        this.view = view;
        this.storage = storage;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info("Authorization view loaded from {} stored events", AuthorizationViewRebuild.replay(storage, view));
    }

    @EventHandler
    void on(Object event) {
        if (!AuthorizationView.EVENT_TYPES.contains(event.getClass())) {
            return;
        }
        AfterCommit.inOrder("authorization-view", event, view::apply);
    }
}
