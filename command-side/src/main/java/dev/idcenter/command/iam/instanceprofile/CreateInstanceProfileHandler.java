package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.InstanceProfileView;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:CreateInstanceProfile}. */
@Component
class CreateInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;
    private static final int MAX_INSTANCE_PROFILES = 1000;
    private final Clock clock;

    CreateInstanceProfileHandler(InstanceProfileSupport profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreateInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("InstanceProfileName").asText();
        if (profiles.exists(call, name)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "Instance Profile " + name + " already exists.");
        }
        if (profiles.count(call) >= MAX_INSTANCE_PROFILES) {
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for InstanceProfilesPerAccount: " + MAX_INSTANCE_PROFILES + ".");
        }
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        String id = IamIds.newId("AIPA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var command = new CreateInstanceProfile(id, call.caller().accountId(), name, path, IamWire.tagsOf(input), now);
        profiles.send(command, name);
        var view = new InstanceProfileView(command.accountId(), id, name, path,
                "arn:aws:iam::" + command.accountId() + ":instance-profile" + path + name, now, command.tags(), List.of());
        ObjectNode output = InstanceProfileSupport.JSON.objectNode();
        output.set("InstanceProfile", profiles.profile(call, view));
        return output;
    }
}
