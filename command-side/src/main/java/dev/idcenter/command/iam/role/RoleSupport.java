package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.ListRoles;
import dev.idcenter.queries.iam.RoleView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** What every role operation needs: find a role by name, send its commands, and show it in AWS's shape. */
@Component
public class RoleSupport {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final IamNames names;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;

    public RoleSupport(IamNames names, CommandResults results, QueryGateway queries, EventStoreHead head) {
        this.names = names;
        this.results = results;
        this.queries = queries;
        this.head = head;
    }

    public String idOf(ApiCall call, String roleName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.ROLE, roleName)
                .orElseThrow(() -> noSuchRole(roleName));
    }

    long roleCount(ApiCall call) {
        return names.count(call.caller().accountId(), IamNamesProjection.ROLE);
    }

    boolean exists(ApiCall call, String roleName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.ROLE, roleName).isPresent();
    }

    void send(Object command, String roleName) {
        results.send(command,
                () -> new AwsErrorException("EntityAlreadyExists", 409, "Role with name " + roleName + " already exists."),
                () -> noSuchRole(roleName));
    }

    /** The role as of this caller's writes (read-your-writes). */
    public RoleView view(ApiCall call, String roleName) {
        return queries.query(new FindRole(call.caller().accountId(), roleName, head.position()),
                        ResponseTypes.optionalInstanceOf(RoleView.class))
                .join()
                .orElseThrow(() -> noSuchRole(roleName));
    }

    public List<RoleView> list(ApiCall call, String pathPrefix) {
        return queries.query(new ListRoles(call.caller().accountId(), pathPrefix, head.position()),
                ResponseTypes.multipleInstancesOf(RoleView.class)).join();
    }

    static AwsErrorException noSuchRole(String roleName) {
        return new AwsErrorException("NoSuchEntity", 404, "The role with name " + roleName + " cannot be found.");
    }

    /** IAM's {@code Role} shape; {@code full} adds what only GetRole shows (tags, boundary). */
    public static ObjectNode role(RoleView role, boolean full) {
        ObjectNode node = JSON.objectNode();
        node.put("Path", role.path());
        node.put("RoleName", role.roleName());
        node.put("RoleId", role.roleId());
        node.put("Arn", role.arn());
        node.put("CreateDate", role.createDate().toString());
        node.put("AssumeRolePolicyDocument", IamWire.urlEncoded(role.assumeRolePolicyDocument()));
        if (role.description() != null && !role.description().isEmpty()) {
            node.put("Description", role.description());
        }
        node.put("MaxSessionDuration", role.maxSessionDuration());
        if (full && role.permissionsBoundaryArn() != null) {
            node.putObject("PermissionsBoundary")
                    .put("PermissionsBoundaryType", "Policy")
                    .put("PermissionsBoundaryArn", role.permissionsBoundaryArn());
        }
        if (full && !role.tags().isEmpty()) {
            node.set("Tags", IamWire.tags(role.tags()));
        }
        return node;
    }

}
