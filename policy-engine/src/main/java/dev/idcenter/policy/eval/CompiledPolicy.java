package dev.idcenter.policy.eval;

import dev.idcenter.policy.model.PolicyDocument;
import dev.idcenter.policy.model.PolicyType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy compiled once for evaluation: immutable, thread-safe, and shared by every principal it is attached to.
 * Statements are indexed by service so a request only looks at the statements that could name its action.
 * Create with {@link PolicyCompiler}.
 */
public final class CompiledPolicy {

    private static final CompiledStatement[] NONE = new CompiledStatement[0];

    private final String id;
    private final PolicyDocument document;
    private final CompiledStatement[] statements;
    private final CompiledStatement[][] byService;
    private final CompiledStatement[] anyService;
    /** Statements for services without an index entry: the wildcard ones, or all if the id table overflowed. */
    private final CompiledStatement[] anyServiceOrAll;

    CompiledPolicy(String id, PolicyDocument document, Map<String, String> boundIds) {
        this.id = id;
        this.document = document;
        boolean variables = document.supportsVariables();
        statements = document.statements().stream()
                .map(s -> new CompiledStatement(s, variables, boundIds))
                .toArray(CompiledStatement[]::new);
        List<CompiledStatement> wild = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        for (CompiledStatement s : statements) {
            if (s.anyService()) {
                wild.add(s);
            }
            services.addAll(java.util.Arrays.asList(s.services()));
        }
        anyService = wild.isEmpty() ? NONE : wild.toArray(CompiledStatement[]::new);
        Map<Integer, CompiledStatement[]> index = new HashMap<>();
        int max = -1;
        for (String svc : services) {
            int serviceId = ServiceIds.register(svc);
            if (serviceId == ServiceIds.UNKNOWN) {
                // Table full: this service is served by the full statement list below.
                continue;
            }
            List<CompiledStatement> list = new ArrayList<>();
            for (CompiledStatement s : statements) {
                if (s.indexableFor(svc)) {
                    list.add(s);
                }
            }
            index.put(serviceId, list.toArray(CompiledStatement[]::new));
            max = Math.max(max, serviceId);
        }
        byService = new CompiledStatement[max + 1][];
        index.forEach((sid, list) -> byService[sid] = list);
        if (index.size() < services.size()) {
            anyServiceOrAll = statements;
        } else {
            anyServiceOrAll = anyService;
        }
    }

    /** The id given at compile time, reported in explanations (EVAL-14). */
    public String id() {
        return id;
    }

    public PolicyType type() {
        return document.type();
    }

    /** The parsed document, including its original text. */
    public PolicyDocument document() {
        return document;
    }

    /** Statements, in document order, that could apply to an action of the given service id. */
    CompiledStatement[] candidates(int serviceId) {
        if (serviceId >= 0 && serviceId < byService.length) {
            CompiledStatement[] c = byService[serviceId];
            if (c != null) {
                return c;
            }
        }
        return anyServiceOrAll;
    }
}
