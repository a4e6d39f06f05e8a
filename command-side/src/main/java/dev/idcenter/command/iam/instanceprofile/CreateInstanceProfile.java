package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an instance profile; id, account and time arrive on the command. */
public record CreateInstanceProfile(@TargetAggregateIdentifier String instanceProfileId, String accountId, String instanceProfileName, String path,
                                    List<Tag> tags, Instant createdAt) {
}
