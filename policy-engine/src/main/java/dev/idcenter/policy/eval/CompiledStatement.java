package dev.idcenter.policy.eval;

import dev.idcenter.policy.arn.ArnPattern;
import dev.idcenter.policy.arn.Glob;
import dev.idcenter.policy.condition.CompiledCondition;
import dev.idcenter.policy.condition.Template;
import dev.idcenter.policy.model.ConditionClause;
import dev.idcenter.policy.model.Effect;
import dev.idcenter.policy.model.Position;
import dev.idcenter.policy.model.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A statement ready to evaluate: actions lower-cased into globs, resources pre-split, conditions typed. */
final class CompiledStatement {

    private final int index;
    private final String sid;
    private final Effect effect;
    private final boolean deny;
    private final Position start;
    private final Position end;
    private final Glob[] actions;
    private final boolean notAction;
    private final ArnPattern[] resources;
    private final Template[] resourceTemplates;
    private final boolean hasResources;
    private final boolean notResource;
    private final PrincipalMatcher principal;
    private final boolean notPrincipal;
    private final CompiledCondition[] conditions;
    private final String[] services;
    private final boolean anyService;

    CompiledStatement(Statement s, boolean variables, Map<String, String> boundIds) {
        index = s.index();
        sid = s.sid();
        effect = s.effect();
        deny = s.effect() == Effect.DENY;
        start = s.start();
        end = s.end();
        actions = s.actions().stream().map(a -> Glob.compile(a.toLowerCase(Locale.ROOT))).toArray(Glob[]::new);
        notAction = s.notAction();
        boolean wildService = notAction;
        List<String> literalServices = new java.util.ArrayList<>(actions.length);
        for (Glob g : actions) {
            String p = g.toString();
            int colon = p.indexOf(':');
            String svc = colon < 0 ? p : p.substring(0, colon);
            if (svc.indexOf('*') >= 0 || svc.indexOf('?') >= 0) {
                wildService = true;
            } else if (!literalServices.contains(svc)) {
                literalServices.add(svc);
            }
        }
        anyService = wildService;
        services = literalServices.toArray(new String[0]);
        List<String> rs = s.resources();
        hasResources = !rs.isEmpty();
        notResource = s.notResource();
        resources = new ArnPattern[rs.size()];
        Template[] templates = null;
        for (int i = 0; i < rs.size(); i++) {
            Template t = Template.compile(rs.get(i), variables);
            if (t.isStatic()) {
                resources[i] = ArnPattern.compile(rs.get(i));
            } else {
                if (templates == null) {
                    templates = new Template[rs.size()];
                }
                templates[i] = t;
            }
        }
        resourceTemplates = templates;
        principal = s.principals() == null ? null : new PrincipalMatcher(s.principals(), boundIds);
        notPrincipal = s.notPrincipal();
        List<ConditionClause> cs = s.conditions();
        conditions = new CompiledCondition[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            conditions[i] = CompiledCondition.compile(cs.get(i), variables);
        }
    }

    int index() {
        return index;
    }

    String sid() {
        return sid;
    }

    Effect effect() {
        return effect;
    }

    boolean isDeny() {
        return deny;
    }

    Position start() {
        return start;
    }

    Position end() {
        return end;
    }

    /** Whether the statement must be checked for an action of the given lower-cased service; used for indexing. */
    boolean indexableFor(String service) {
        if (anyService) {
            return true;
        }
        for (String svc : services) {
            if (svc.equals(service)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some action pattern has a wildcard service (or is NotAction): must be checked for every service. */
    boolean anyService() {
        return anyService;
    }

    /** The literal (wildcard-free) services named by the actions. */
    String[] services() {
        return services;
    }

    /**
     * Whether the statement applies to the request.
     *
     * @return {@link PrincipalMatcher#NONE} when it does not; otherwise how directly it names the principal
     *         ({@link PrincipalMatcher#DIRECT} for statements without a principal element)
     */
    int applies(Request request, Trace trace) {
        if (!matchesAction(request.actionLowerCase())) {
            return PrincipalMatcher.NONE;
        }
        if (hasResources && !matchesResource(request, trace)) {
            return PrincipalMatcher.NONE;
        }
        int how = PrincipalMatcher.DIRECT;
        if (principal != null) {
            if (notPrincipal) {
                if (principal.excludes(request.principal())) {
                    return PrincipalMatcher.NONE;
                }
            } else {
                how = principal.match(request.principal());
                if (how == PrincipalMatcher.NONE) {
                    return how;
                }
            }
        }
        boolean ok = true;
        for (CompiledCondition c : conditions) {
            if (!c.evaluate(request.keys(), trace)) {
                ok = false;
                if (trace == null) {
                    // Fast path: conditions are ANDed (EVAL-10); with a trace, keep going to list every missing key.
                    break;
                }
            }
        }
        return ok ? how : PrincipalMatcher.NONE;
    }

    private boolean matchesAction(String action) {
        boolean any = false;
        for (Glob g : actions) {
            if (g.matches(action)) {
                any = true;
                break;
            }
        }
        return any != notAction;
    }

    private boolean matchesResource(Request request, Trace trace) {
        boolean any = false;
        for (int i = 0; i < resources.length; i++) {
            ArnPattern p = resources[i];
            boolean matched;
            if (p == null) {
                Template.Buffer r = resourceTemplates[i].resolveInPlace(request.keys(), trace);
                // EVAL-12: a variable without a value makes this resource entry match nothing.
                matched = r != null && ArnPattern.matches(r.text(), r.literal(), request.resource());
            } else {
                matched = p.matches(request.resource());
            }
            if (matched) {
                any = true;
                break;
            }
        }
        return any != notResource;
    }
}
