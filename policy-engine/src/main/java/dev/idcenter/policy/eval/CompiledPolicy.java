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
    private final Map<String, CompiledStatement[]> byService;
    private final CompiledStatement[] anyService;

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
            for (String svc : s.services()) {
                if (svc.indexOf('*') < 0 && svc.indexOf('?') < 0) {
                    services.add(svc);
                }
            }
        }
        anyService = wild.isEmpty() ? NONE : wild.toArray(CompiledStatement[]::new);
        Map<String, CompiledStatement[]> index = new HashMap<>();
        for (String svc : services) {
            List<CompiledStatement> list = new ArrayList<>();
            for (CompiledStatement s : statements) {
                if (s.indexableFor(svc)) {
                    list.add(s);
                }
            }
            index.put(svc, list.toArray(CompiledStatement[]::new));
        }
        byService = index;
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

    /** Statements, in document order, that could apply to an action of the given lower-cased service. */
    CompiledStatement[] candidates(String service) {
        CompiledStatement[] c = byService.get(service);
        return c != null ? c : anyService;
    }
}
