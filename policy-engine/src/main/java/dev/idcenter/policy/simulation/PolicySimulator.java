package dev.idcenter.policy.simulation;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.EvaluationResult;
import dev.idcenter.policy.eval.MatchedStatement;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.eval.PolicyEvaluator;
import dev.idcenter.policy.eval.PolicySet;
import dev.idcenter.policy.eval.PrincipalType;
import dev.idcenter.policy.eval.Request;
import dev.idcenter.policy.eval.RequestPrincipal;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The engine behind {@code iam:SimulateCustomPolicy} (IAM-8), callable with plain values.
 *
 * <pre>{@code
 * List<SimulationResult> results = PolicySimulator.simulate(new SimulationRequest(
 *         List.of(policyJson), List.of(), null, null, null,
 *         List.of(new ContextEntry("aws:username", "string", List.of("bob"))),
 *         List.of("s3:GetObject"), List.of("arn:aws:s3:::bucket/bob/file")));
 * }</pre>
 *
 * <p>Rules applied:
 * <ul>
 *   <li>PolicyInputList documents are identity policies ({@code PolicyInputList.1}, ...), the boundary documents
 *       a permissions boundary ({@code PermissionsBoundaryPolicyInputList.1}), ResourcePolicy a resource-based
 *       policy ({@code ResourcePolicy}). A bad document raises {@link MalformedPolicyException}.</li>
 *   <li>Context keys and policy variables come only from ContextEntries: CallerArn names the principal a resource
 *       policy is matched against and fills nothing else.</li>
 *   <li>The resource's account is the account in its ARN, else ResourceOwner, else CallerArn's account; when it
 *       differs from the caller's, both sides must allow (EVAL-8).</li>
 *   <li>One result per action and resource, in request order; without ResourceArns the resource is {@code *}.
 *       Pagination (MaxItems/Marker) is left to the server handler, which slices this list.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class PolicySimulator {

    /** Identifiers AWS uses for the inputs. */
    public static final String POLICY_INPUT = "PolicyInputList.";
    public static final String BOUNDARY_INPUT = "PermissionsBoundaryPolicyInputList.";
    public static final String RESOURCE_POLICY = "ResourcePolicy";

    private PolicySimulator() {
    }

    /**
     * Runs the simulation.
     *
     * @throws MalformedPolicyException when an input document is not a valid policy of its kind
     */
    public static List<SimulationResult> simulate(SimulationRequest request) {
        PolicySet.Builder set = PolicySet.builder();
        List<String> inputs = request.policyInputList();
        for (int i = 0; i < inputs.size(); i++) {
            set.identity(PolicyCompiler.compile(PolicyParser.parse(inputs.get(i), PolicyType.IDENTITY, 0),
                    POLICY_INPUT + (i + 1)));
        }
        List<String> boundaries = request.permissionsBoundaryPolicyInputList();
        for (int i = 0; i < boundaries.size(); i++) {
            set.boundary(PolicyCompiler.compile(
                    PolicyParser.parse(boundaries.get(i), PolicyType.PERMISSIONS_BOUNDARY, 0),
                    BOUNDARY_INPUT + (i + 1)));
        }
        if (request.resourcePolicy() != null) {
            CompiledPolicy rp = PolicyCompiler.compile(
                    PolicyParser.parse(request.resourcePolicy(), PolicyType.RESOURCE, 0), RESOURCE_POLICY);
            set.resource(rp);
        }
        return simulate(set.build(), caller(request.callerArn()), keys(request.contextEntries()),
                request.actionNames(), request.resourceArns(), accountOf(request.resourceOwner()),
                PolicySimulator::customSourceType);
    }

    /**
     * Simulates with already compiled policies, e.g. for {@code iam:SimulatePrincipalPolicy}, where the server
     * gathers the principal's (and its groups') policies, boundary and the resource policy itself.
     *
     * @param caller        the simulated principal
     * @param keys          the context keys (for SimulatePrincipalPolicy the ContextEntries, IAM-8)
     * @param resourceArns  resources; empty means {@code *}
     * @param resourceOwner account owning resources whose ARN names none; null for the caller's account
     * @param sourceType    the {@code SourcePolicyType} to report for a matched statement
     *                      ({@code user}, {@code group}, {@code role}, {@code aws-managed}, {@code user-managed},
     *                      {@code resource})
     */
    public static List<SimulationResult> simulate(PolicySet policies, RequestPrincipal caller, ContextKeys keys,
                                                  List<String> actionNames, List<String> resourceArns,
                                                  String resourceOwner,
                                                  Function<MatchedStatement, String> sourceType) {
        List<CompiledPolicy> boundary = policies.boundaryPolicies();
        boolean hasBoundary = !boundary.isEmpty();
        String ownerAccount = accountOf(resourceOwner);
        List<String> resources = resourceArns.isEmpty() ? List.of("*") : resourceArns;
        List<SimulationResult> results = new ArrayList<>();
        for (String action : actionNames) {
            for (String resource : resources) {
                String resourceAccount = resourceAccount(resource, ownerAccount, caller.accountId());
                Request r = new Request(caller, action, resource, resourceAccount, keys);
                EvaluationResult result = PolicyEvaluator.evaluate(r, policies);
                Boolean boundaryAllowed = hasBoundary ? boundaryAllows(caller, action, resource, keys, boundary)
                        : null;
                List<SimulatedStatement> matched = statements(result.matchedStatements(), sourceType);
                List<String> missing = new ArrayList<>(new TreeSet<>(result.missingContextKeys()));
                String decision = result.decision().awsName();
                if (resource.equals("*")) {
                    results.add(new SimulationResult(action, resource, decision, matched, missing, boundaryAllowed,
                            List.of()));
                } else {
                    ResourceResult rr = new ResourceResult(resource, decision, matched, missing, boundaryAllowed);
                    results.add(new SimulationResult(action, resource, decision, matched, List.of(),
                            boundaryAllowed, List.of(rr)));
                }
            }
        }
        return results;
    }

    private static Boolean boundaryAllows(RequestPrincipal caller, String action, String resource, ContextKeys keys,
                                          List<CompiledPolicy> boundary) {
        // AllowedByPermissionsBoundary: the boundary alone, evaluated as if it were the identity policy.
        PolicySet.Builder onlyBoundary = PolicySet.builder();
        onlyBoundary.identity(boundary);
        RequestPrincipal p = caller.type() == PrincipalType.ROOT ? caller : new RequestPrincipal(PrincipalType.USER,
                caller.arn(), caller.accountId(), caller.uniqueId(), null, null, null, null);
        return PolicyEvaluator.decide(new Request(p, action, resource, null, keys), onlyBoundary.build())
                == dev.idcenter.policy.eval.Decision.ALLOWED;
    }

    private static String customSourceType(MatchedStatement m) {
        return m.policyType() == PolicyType.RESOURCE ? "resource" : "IAM Policy";
    }

    private static List<SimulatedStatement> statements(List<MatchedStatement> matched,
                                                       Function<MatchedStatement, String> sourceType) {
        List<SimulatedStatement> out = new ArrayList<>(matched.size());
        for (MatchedStatement m : matched) {
            out.add(new SimulatedStatement(m.policyId(), sourceType.apply(m), m.start(), m.end()));
        }
        return out;
    }

    private static RequestPrincipal caller(String callerArn) {
        if (callerArn == null || callerArn.isEmpty()) {
            return new RequestPrincipal(PrincipalType.USER, null, null, null, null, null, null, null);
        }
        String account = accountOf(callerArn);
        return RequestPrincipal.user(callerArn, account, null);
    }

    private static String resourceAccount(String resource, String owner, String callerAccount) {
        String fromArn = accountOf(resource);
        if (fromArn != null) {
            return fromArn;
        }
        return owner != null ? owner : callerAccount;
    }

    /** The account of an ARN, or the value itself when it is a bare 12-digit id; null when none. */
    private static String accountOf(String arnOrId) {
        if (arnOrId == null || arnOrId.isEmpty()) {
            return null;
        }
        if (arnOrId.length() == 12 && arnOrId.chars().allMatch(Character::isDigit)) {
            return arnOrId;
        }
        String[] parts = arnOrId.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && !parts[4].isEmpty() ? parts[4] : null;
    }

    private static ContextKeys keys(List<ContextEntry> entries) {
        ContextKeys.Builder b = ContextKeys.builder();
        for (ContextEntry e : entries) {
            if (e.keyName() == null) {
                continue;
            }
            String type = e.keyType() == null ? "string" : e.keyType().toLowerCase(Locale.ROOT);
            List<String> values = e.values();
            if (type.startsWith("boolean")) {
                values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            }
            b.put(e.keyName(), ContextValue.of(values));
        }
        return b.build();
    }
}
