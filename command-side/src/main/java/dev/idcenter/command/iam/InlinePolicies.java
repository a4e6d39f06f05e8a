package dev.idcenter.command.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.protocol.AwsErrorException;

import java.util.List;
import java.util.Map;

/** The read side of inline policies, the same for roles, users and groups: Get{X}Policy and List{X}Policies. */
public final class InlinePolicies {

    private InlinePolicies() {
    }

    /**
     * {@code Get{Role,User,Group}Policy}.
     *
     * @param kind        {@code role}, {@code user} or {@code group}, as the output member and the error name it
     * @param entityName  the entity's name as stored
     * @param policies    the entity's inline policies by name
     */
    public static ObjectNode get(String kind, String entityName, Map<String, String> policies, String policyName) {
        String document = policies.get(policyName);
        if (document == null) {
            throw new AwsErrorException("NoSuchEntity", 404, "The " + kind + " policy with name " + policyName
                    + " cannot be found.");
        }
        ObjectNode output = IamWire.JSON.objectNode();
        output.put(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Name", entityName);
        output.put("PolicyName", policyName);
        output.put("PolicyDocument", IamWire.urlEncoded(document));
        return output;
    }

    /** {@code List{Role,User,Group}Policies}: the names, paged. */
    public static ObjectNode list(String kind, Map<String, String> policies, ObjectNode input) {
        List<String> all = List.copyOf(policies.keySet());
        Pagination page = Pagination.of(input, all.size(), kind + "-policies");
        ObjectNode output = IamWire.JSON.objectNode();
        var names = output.putArray("PolicyNames");
        page.slice(all).forEach(names::add);
        page.describe(output);
        return output;
    }
}
