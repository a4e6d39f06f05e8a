package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindGroup;
import dev.idcenter.queries.iam.FindUser;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.ListGroups;
import dev.idcenter.queries.iam.ListUsers;
import dev.idcenter.queries.iam.UserView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What every user and group operation needs: find a user or group by name, send its commands, read it from the query
 * side (read-your-writes) and show it in AWS's shapes.
 */
@Component
public class UserSupport {

    public static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final IamNames names;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;

    public UserSupport(IamNames names, CommandResults results, QueryGateway queries, EventStoreHead head) {
        this.names = names;
        this.results = results;
        this.queries = queries;
        this.head = head;
    }

    // ---- users

    public String userId(ApiCall call, String userName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.USER, userName)
                .orElseThrow(() -> noSuchUser(userName));
    }

    boolean userExists(ApiCall call, String userName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.USER, userName).isPresent();
    }

    long userCount(ApiCall call) {
        return names.count(call.caller().accountId(), IamNamesProjection.USER);
    }

    /** Sends a command to a user; a lost name race is {@code EntityAlreadyExists} for {@code userName}. */
    public void sendToUser(Object command, String userName) {
        results.send(command,
                () -> new AwsErrorException("EntityAlreadyExists", 409, "User with name " + userName + " already exists."),
                () -> noSuchUser(userName));
    }

    /** Sends a rename: a lost name race is about {@code newName}, a missing user about {@code userName}. */
    void sendToUser(Object command, String userName, String newName) {
        results.send(command,
                () -> new AwsErrorException("EntityAlreadyExists", 409, "User with name " + newName + " already exists."),
                () -> noSuchUser(userName));
    }

    /** The user with this id, if it still exists. */
    java.util.Optional<UserView> userById(ApiCall call, String userId) {
        return queries.query(new FindUser(call.caller().accountId(), null, userId, head.position()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
    }

    public UserView user(ApiCall call, String userName) {
        return queries.query(new FindUser(call.caller().accountId(), userName, null, head.position()),
                        ResponseTypes.optionalInstanceOf(UserView.class))
                .join()
                .orElseThrow(() -> noSuchUser(userName));
    }

    /** The calling IAM user. */
    UserView callingUser(ApiCall call) {
        return queries.query(new FindUser(call.caller().accountId(), null, call.caller().principalId(), head.position()),
                        ResponseTypes.optionalInstanceOf(UserView.class))
                .join()
                .orElseThrow(() -> new AwsErrorException("NoSuchEntity", 404, "The user with id "
                        + call.caller().principalId() + " cannot be found."));
    }

    /** Whether the call names no user and comes from an IAM user (operations whose UserName defaults to the caller). */
    static boolean isCallingUser(ApiCall call, ObjectNode input) {
        return !input.hasNonNull("UserName") && "IAMUser".equals(call.caller().type());
    }

    public List<UserView> users(ApiCall call, String pathPrefix, String groupId) {
        return queries.query(new ListUsers(call.caller().accountId(), pathPrefix, groupId, head.position()),
                ResponseTypes.multipleInstancesOf(UserView.class)).join();
    }

    public static AwsErrorException noSuchUser(String userName) {
        return new AwsErrorException("NoSuchEntity", 404, "The user with name " + userName + " cannot be found.");
    }

    // ---- groups

    public String groupId(ApiCall call, String groupName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.GROUP, groupName)
                .orElseThrow(() -> noSuchGroup(groupName));
    }

    public boolean groupExists(ApiCall call, String groupName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.GROUP, groupName).isPresent();
    }

    public long groupCount(ApiCall call) {
        return names.count(call.caller().accountId(), IamNamesProjection.GROUP);
    }

    public void sendToGroup(Object command, String groupName) {
        results.send(command,
                () -> new AwsErrorException("EntityAlreadyExists", 409, "Group with name " + groupName + " already exists."),
                () -> noSuchGroup(groupName));
    }

    public GroupView group(ApiCall call, String groupName) {
        return queries.query(new FindGroup(call.caller().accountId(), groupName, head.position()),
                        ResponseTypes.optionalInstanceOf(GroupView.class))
                .join()
                .orElseThrow(() -> noSuchGroup(groupName));
    }

    public List<GroupView> groups(ApiCall call, String pathPrefix, String userId) {
        return queries.query(new ListGroups(call.caller().accountId(), pathPrefix, userId, head.position()),
                ResponseTypes.multipleInstancesOf(GroupView.class)).join();
    }

    public static AwsErrorException noSuchGroup(String groupName) {
        return new AwsErrorException("NoSuchEntity", 404, "The group with name " + groupName + " cannot be found.");
    }

    // ---- shapes

    public static String userArn(String accountId, String path, String userName) {
        return "arn:aws:iam::" + accountId + ":user" + path + userName;
    }

    public static String groupArn(String accountId, String path, String groupName) {
        return "arn:aws:iam::" + accountId + ":group" + path + groupName;
    }

    /** IAM's {@code User} shape; {@code full} adds what only GetUser/CreateUser show (tags, boundary). */
    public static ObjectNode user(UserView user, boolean full) {
        ObjectNode node = JSON.objectNode();
        node.put("Path", user.path());
        node.put("UserName", user.userName());
        node.put("UserId", user.userId());
        node.put("Arn", user.arn());
        node.put("CreateDate", user.createDate().toString());
        if (full && user.permissionsBoundaryArn() != null) {
            node.putObject("PermissionsBoundary")
                    .put("PermissionsBoundaryType", "Policy")
                    .put("PermissionsBoundaryArn", user.permissionsBoundaryArn());
        }
        if (full && !user.tags().isEmpty()) {
            node.set("Tags", IamWire.tags(user.tags()));
        }
        return node;
    }

    /** IAM's {@code Group} shape. */
    public static ObjectNode group(GroupView group) {
        ObjectNode node = JSON.objectNode();
        node.put("Path", group.path());
        node.put("GroupName", group.groupName());
        node.put("GroupId", group.groupId());
        node.put("Arn", group.arn());
        node.put("CreateDate", group.createDate().toString());
        return node;
    }

}
