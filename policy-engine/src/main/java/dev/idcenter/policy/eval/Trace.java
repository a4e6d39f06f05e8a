package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.MissingKeySink;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the explanation of one evaluation (EVAL-14). Absent on the fast path, so that path allocates nothing. */
final class Trace implements MissingKeySink {

    final List<MatchedStatement> allows = new ArrayList<>();
    final List<MatchedStatement> denies = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();

    @Override
    public void missing(String key) {
        missing.add(key);
    }

    void matched(CompiledPolicy policy, CompiledStatement statement) {
        MatchedStatement m = new MatchedStatement(policy.id(), policy.type(), statement.index(), statement.sid(),
                statement.effect(), statement.start(), statement.end());
        (statement.isDeny() ? denies : allows).add(m);
    }
}
