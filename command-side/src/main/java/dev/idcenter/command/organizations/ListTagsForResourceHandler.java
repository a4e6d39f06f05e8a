package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.OrganizationTagView;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code organizations:ListTagsForResource}: a root, an OU, an account or a policy of the organization. */
@Component
class ListTagsForResourceHandler implements OperationHandler {

    private final OrganizationSupport organizations;

    ListTagsForResourceHandler(OrganizationSupport organizations) {
        this.organizations = organizations;
    }

    @Override
    public String action() {
        return "organizations:ListTagsForResource";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String resourceId = input.get("ResourceId").asText();
        boolean exists = resourceId.equals(membership.rootId())
                || organizations.ous(membership).stream().anyMatch(o -> o.organizationalUnitId().equals(resourceId))
                || organizations.accounts(membership).stream().anyMatch(a -> a.accountId().equals(resourceId))
                || organizations.policies(membership).stream().anyMatch(p -> p.policyId().equals(resourceId));
        if (!exists) {
            throw new AwsErrorException("TargetNotFoundException", 400,
                    "We can't find a root, OU, account, or policy with the TargetId that you specified.");
        }
        List<OrganizationTagView> tags = organizations.tagsOf(membership, resourceId);
        Pagination page = Pagination.ofTokens(input, tags.size(), "tags:" + resourceId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Tags");
        page.slice(tags).forEach(t -> list.addObject().put("Key", t.key()).put("Value", t.value()));
        page.describe(output);
        return output;
    }
}
