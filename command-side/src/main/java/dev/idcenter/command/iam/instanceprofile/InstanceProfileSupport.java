package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindInstanceProfile;
import dev.idcenter.queries.iam.InstanceProfileView;
import dev.idcenter.queries.iam.ListInstanceProfiles;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** What every instance profile operation needs: lookups by name, commands, and IAM's output shape. */
@Component
public class InstanceProfileSupport {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final IamNames names;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;
    private final RoleSupport roles;

    InstanceProfileSupport(IamNames names, CommandResults results, QueryGateway queries, EventStoreHead head,
                           RoleSupport roles) {
        this.names = names;
        this.results = results;
        this.queries = queries;
        this.head = head;
        this.roles = roles;
    }

    RoleSupport roles() {
        return roles;
    }

    String idOf(ApiCall call, String name) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.INSTANCE_PROFILE, name)
                .orElseThrow(() -> noSuchProfile(name));
    }

    boolean exists(ApiCall call, String name) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.INSTANCE_PROFILE, name).isPresent();
    }

    long count(ApiCall call) {
        return names.count(call.caller().accountId(), IamNamesProjection.INSTANCE_PROFILE);
    }

    void send(Object command, String name) {
        results.send(command,
                () -> new AwsErrorException("EntityAlreadyExists", 409, "Instance Profile " + name + " already exists."),
                () -> noSuchProfile(name));
    }

    InstanceProfileView view(ApiCall call, String name) {
        return queries.query(new FindInstanceProfile(call.caller().accountId(), name, head.position()),
                        ResponseTypes.optionalInstanceOf(InstanceProfileView.class))
                .join()
                .orElseThrow(() -> noSuchProfile(name));
    }

    public List<InstanceProfileView> list(ApiCall call, String pathPrefix, String roleId) {
        return queries.query(new ListInstanceProfiles(call.caller().accountId(), pathPrefix, roleId, head.position()),
                ResponseTypes.multipleInstancesOf(InstanceProfileView.class)).join();
    }

    /** IAM's {@code InstanceProfile} shape: its role appears in full, as GetRole would show it. */
    public ObjectNode profile(ApiCall call, InstanceProfileView profile) {
        ObjectNode node = JSON.objectNode();
        node.put("Path", profile.path());
        node.put("InstanceProfileName", profile.instanceProfileName());
        node.put("InstanceProfileId", profile.instanceProfileId());
        node.put("Arn", profile.arn());
        node.put("CreateDate", profile.createDate().toString());
        ArrayNode roleNodes = node.putArray("Roles");
        profile.roleNames().forEach(roleName -> roleNodes.add(RoleSupport.role(roles.view(call, roleName), false)));
        if (!profile.tags().isEmpty()) {
            node.set("Tags", IamWire.tags(profile.tags()));
        }
        return node;
    }

    static AwsErrorException noSuchProfile(String name) {
        return new AwsErrorException("NoSuchEntity", 404, "Instance Profile " + name + " cannot be found.");
    }
}
