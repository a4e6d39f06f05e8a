package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.PolicyDocuments;
import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.policy.DefaultPolicyVersionSet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.policy.ManagedPolicyTagged;
import dev.idcenter.events.iam.policy.ManagedPolicyUntagged;
import dev.idcenter.events.iam.policy.PolicyVersionCreated;
import dev.idcenter.events.iam.policy.PolicyVersionDeleted;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer managed policy (IAM-4): its versions (v1, v2, ... never reused, at most 5 kept, one default) and tags.
 * Name uniqueness and "attached nowhere" live in the command side's directories, written with the events.
 */
@Aggregate
public class ManagedPolicy {

    static final int MAX_VERSIONS = 5;
    static final int MAX_DOCUMENT_SIZE = 6144;

    @AggregateIdentifier
    private String policyId;
    private String accountId;
    private String policyName;
    private String policyArn;
    private final Set<String> versions = new LinkedHashSet<>();
    private String defaultVersionId;
    private int lastVersionNumber;
    private final Map<String, Tag> tagsByLowerKey = new LinkedHashMap<>();

    protected ManagedPolicy() {
        // for Axon
    }

    @CommandHandler
    public ManagedPolicy(CreateManagedPolicy command) {
        validate(command.policyDocument()); // IAM-5: 6144 characters, whitespace not counted
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(Set.of(), command.tags(), "TagsPerPolicy");
        apply(new ManagedPolicyCreated(command.accountId(), command.policyId(), command.policyName(), command.path(),
                command.description(), command.policyDocument(), List.copyOf(command.tags()), command.createdAt()));
    }

    @CommandHandler
    void handle(CreatePolicyVersion command) {
        if (versions.size() >= MAX_VERSIONS) { // IAM-4, IAM-5
            throw new AwsErrorException("LimitExceeded", 409, "A managed policy can have up to " + MAX_VERSIONS
                    + " versions. Before you create a new version, you must delete an existing version.");
        }
        validate(command.policyDocument());
        apply(new PolicyVersionCreated(accountId, policyId, "v" + (lastVersionNumber + 1), command.policyDocument(),
                command.setAsDefault(), command.createdAt()));
    }

    @CommandHandler
    void handle(DeletePolicyVersion command) {
        requireVersion(command.versionId());
        if (command.versionId().equals(defaultVersionId)) { // IAM-4
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete the default version of a policy.");
        }
        apply(new PolicyVersionDeleted(accountId, policyId, command.versionId()));
    }

    @CommandHandler
    void handle(SetDefaultPolicyVersion command) {
        requireVersion(command.versionId());
        if (!command.versionId().equals(defaultVersionId)) {
            apply(new DefaultPolicyVersionSet(accountId, policyId, command.versionId()));
        }
    }

    @CommandHandler
    void handle(DeleteManagedPolicy command) {
        if (versions.size() > 1) {
            throw new AwsErrorException("DeleteConflict", 409, "This policy has more than one version. Before you "
                    + "delete a policy, you must delete the policy's versions. The default version is deleted with "
                    + "the policy.");
        }
        apply(new ManagedPolicyDeleted(accountId, policyId, policyName));
    }

    @CommandHandler
    void handle(TagManagedPolicy command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(tagsByLowerKey.keySet(), command.tags(), "TagsPerPolicy");
        apply(new ManagedPolicyTagged(accountId, policyId, List.copyOf(command.tags())));
    }

    @CommandHandler
    void handle(UntagManagedPolicy command) {
        apply(new ManagedPolicyUntagged(accountId, policyId, List.copyOf(command.tagKeys())));
    }

    @EventSourcingHandler
    void on(ManagedPolicyCreated event) {
        policyId = event.policyId();
        accountId = event.accountId();
        policyName = event.policyName();
        policyArn = "arn:aws:iam::" + accountId + ":policy" + event.path() + policyName;
        versions.add("v1");
        defaultVersionId = "v1";
        lastVersionNumber = 1;
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(PolicyVersionCreated event) {
        versions.add(event.versionId());
        lastVersionNumber = Integer.parseInt(event.versionId().substring(1));
        if (event.asDefault()) {
            defaultVersionId = event.versionId();
        }
    }

    @EventSourcingHandler
    void on(PolicyVersionDeleted event) {
        versions.remove(event.versionId());
    }

    @EventSourcingHandler
    void on(DefaultPolicyVersionSet event) {
        defaultVersionId = event.versionId();
    }

    @EventSourcingHandler
    void on(ManagedPolicyTagged event) {
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(ManagedPolicyUntagged event) {
        event.tagKeys().forEach(key -> tagsByLowerKey.remove(TagRules.key(key)));
    }

    @EventSourcingHandler
    void on(ManagedPolicyDeleted event) {
        AggregateLifecycle.markDeleted();
    }

    private void requireVersion(String versionId) {
        if (!versions.contains(versionId)) {
            throw new AwsErrorException("NoSuchEntity", 404, "Policy " + policyArn + " version " + versionId
                    + " does not exist or is not attachable.");
        }
    }

    private static void validate(String document) {
        try {
            PolicyParser.parse(document, PolicyType.IDENTITY, MAX_DOCUMENT_SIZE);
        } catch (MalformedPolicyException e) {
            throw PolicyDocuments.awsError(e);
        }
    }

}
