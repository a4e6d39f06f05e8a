package dev.idcenter.command.authorization;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.stream.Stream;

/** Builds an {@link AuthorizationView} from the stored events, as the server does when it starts. */
public final class AuthorizationViewRebuild {

    private AuthorizationViewRebuild() {
    }

    public static AuthorizationView from(EventStorageEngine storage) {
        AuthorizationView view = new AuthorizationView();
        replay(storage, view);
        return view;
    }

    static long replay(EventStorageEngine storage, AuthorizationView view) {
        try (Stream<? extends EventMessage<?>> events = storage.readEvents(null, false)) {
            // The payload type is known without deserializing: audit and session events are skipped cheaply.
            return events.filter(event -> AuthorizationView.EVENT_TYPES.contains(event.getPayloadType()))
                    .peek(event -> view.apply(event.getPayload()))
                    .count();
        }
    }
}
