package dev.idcenter.command.organizations;

import dev.idcenter.command.store.AfterCommit;
import dev.idcenter.command.store.CommandDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link OrganizationPolicies} from memory. Each organization is mirrored by a copy of its {@link Organization}
 * aggregate, fed the same events through the aggregate's own event sourcing handlers, so the tree, the enabled
 * types and the attachments follow exactly the aggregate's rules. The copies are loaded from the event store once
 * (at startup, or at the first question) and then follow each committed organization event: the handler runs in
 * the subscribing {@code command-directory} processor and applies the event after the command's transaction
 * commits, so a rolled back command never shows. Answers are precomputed per account after every change; a
 * question costs a map lookup.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
class InMemoryOrganizationPolicies implements OrganizationPolicies {

    private static final String AGGREGATE_TYPE = Organization.class.getSimpleName();
    private static final AggregateModel<Organization> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(Organization.class);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InMemoryOrganizationPolicies.class);

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Map<String, Mirror> mirrors = new HashMap<>();
    private final Map<String, AccountChains> answers = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** One organization's copy of the aggregate and the sequence number of the last event it saw. */
    private static final class Mirror {
        final Organization organization = new Organization();
        long sequence = -1;
    }

    InMemoryOrganizationPolicies(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @Override
    public List<List<OrgPolicy>> serviceControlLevels(String accountId) {
        return answer(accountId).map(AccountChains::serviceControlLevels).orElse(List.of());
    }

    @Override
    public List<List<OrgPolicy>> resourceControlLevels(String accountId) {
        return answer(accountId).map(AccountChains::resourceControlLevels).orElse(List.of());
    }

    @Override
    public Optional<String> organizationId(String accountId) {
        return answer(accountId).map(AccountChains::organizationId);
    }

    @Override
    public boolean closed(String accountId) {
        return answer(accountId).map(AccountChains::closed).orElse(false);
    }

    private Optional<AccountChains> answer(String accountId) {
        if (!loaded) {
            load();
        }
        return Optional.ofNullable(answers.get(accountId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        load();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event) || !AGGREGATE_TYPE.equals(event.getType())) {
            return;
        }
        AfterCommit.inOrder("organization-policies", event, this::followOrReload);
    }

    /** The command has committed: a failure here must not fail it, so the next question loads everything again. */
    private void followOrReload(DomainEventMessage<?> event) {
        try {
            follow(event);
        } catch (RuntimeException e) {
            LOG.error("organization policies could not follow event {} of {}; reloading at the next question",
                    event.getSequenceNumber(), event.getAggregateIdentifier(), e);
            synchronized (this) {
                loaded = false;
                mirrors.clear();
            }
        }
    }

    /** Reads every organization's events once; events committed meanwhile are applied after it, by sequence. */
    synchronized void load() {
        if (loaded) {
            return;
        }
        List<String> organizationIds = jdbc.sql("select organization_id from command.organization_directory")
                .query(String.class).list();
        organizationIds.forEach(this::reload);
        loaded = true;
    }

    private synchronized void follow(DomainEventMessage<?> event) {
        if (!loaded) {
            return; // the load to come reads this committed event from the store
        }
        String organizationId = event.getAggregateIdentifier();
        Mirror mirror = mirrors.computeIfAbsent(organizationId, id -> new Mirror());
        if (event.getSequenceNumber() <= mirror.sequence) {
            return;
        }
        if (event.getSequenceNumber() != mirror.sequence + 1) {
            reload(organizationId); // a gap: an event committed while loading; the store has them all
            return;
        }
        MODEL.publish(event, mirror.organization);
        mirror.sequence = event.getSequenceNumber();
        publishAnswers(mirror);
    }

    private void reload(String organizationId) {
        Mirror mirror = new Mirror();
        DomainEventStream events = eventStore.readEvents(organizationId);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            MODEL.publish(event, mirror.organization);
            mirror.sequence = event.getSequenceNumber();
        }
        mirrors.put(organizationId, mirror);
        if (mirror.sequence >= 0) {
            publishAnswers(mirror);
        }
    }

    private void publishAnswers(Mirror mirror) {
        Map<String, AccountChains> chains = mirror.organization.accountChains();
        answers.putAll(chains);
    }
}
