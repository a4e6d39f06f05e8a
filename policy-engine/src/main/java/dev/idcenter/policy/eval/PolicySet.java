package dev.idcenter.policy.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The policies that apply to one request, grouped by the role they play in evaluation. Build once per principal
 * (and per resource) and reuse; it is immutable.
 *
 * <ul>
 *   <li>identity: inline and managed policies of the principal and, for a user, its groups (EVAL-5)</li>
 *   <li>resource: the resource-based policy, if any; {@code resourceMustAllow} for role trust and key policies,
 *       which must always explicitly allow (EVAL-4)</li>
 *   <li>boundary: the permissions boundary, empty when none is set (EVAL-6)</li>
 *   <li>session: the session policies of the caller's session, empty when it was created without (EVAL-7)</li>
 *   <li>scps: one entry per level from the organization root through the OUs to the principal's account, each
 *       level must allow; empty outside an organization or for its management account (EVAL-3)</li>
 *   <li>rcps: the same chain on the resource's side; empty means the implicit full-access RCP</li>
 * </ul>
 */
public final class PolicySet {

    private static final CompiledPolicy[] NONE = new CompiledPolicy[0];

    final CompiledPolicy[] identity;
    final CompiledPolicy[] resource;
    final boolean resourceMustAllow;
    final CompiledPolicy[] boundary;
    final CompiledPolicy[] session;
    final CompiledPolicy[][] scps;
    final CompiledPolicy[][] rcps;

    private PolicySet(Builder b) {
        identity = b.identity.toArray(NONE);
        resource = b.resource.toArray(NONE);
        resourceMustAllow = b.resourceMustAllow;
        boundary = b.boundary.toArray(NONE);
        session = b.session.toArray(NONE);
        scps = b.scps.stream().map(l -> l.toArray(NONE)).toArray(CompiledPolicy[][]::new);
        rcps = b.rcps.stream().map(l -> l.toArray(NONE)).toArray(CompiledPolicy[][]::new);
    }

    /** The permissions boundary policies (empty when none), e.g. for a simulator's boundary detail. */
    public List<CompiledPolicy> boundaryPolicies() {
        return List.of(boundary);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the policies; every method adds to what was given before. */
    public static final class Builder {
        private final List<CompiledPolicy> identity = new ArrayList<>();
        private final List<CompiledPolicy> resource = new ArrayList<>();
        private boolean resourceMustAllow;
        private final List<CompiledPolicy> boundary = new ArrayList<>();
        private final List<CompiledPolicy> session = new ArrayList<>();
        private final List<List<CompiledPolicy>> scps = new ArrayList<>();
        private final List<List<CompiledPolicy>> rcps = new ArrayList<>();

        public Builder identity(CompiledPolicy... policies) {
            identity.addAll(List.of(policies));
            return this;
        }

        public Builder identity(List<CompiledPolicy> policies) {
            identity.addAll(policies);
            return this;
        }

        public Builder resource(CompiledPolicy... policies) {
            resource.addAll(List.of(policies));
            return this;
        }

        /** A role trust policy or key policy: it must explicitly allow, whatever the identity policies say. */
        public Builder resourceMustAllow(CompiledPolicy... policies) {
            resource.addAll(List.of(policies));
            resourceMustAllow = true;
            return this;
        }

        public Builder boundary(CompiledPolicy... policies) {
            boundary.addAll(List.of(policies));
            return this;
        }

        public Builder session(CompiledPolicy... policies) {
            session.addAll(List.of(policies));
            return this;
        }

        /** Adds the next SCP level (root first, then OUs, then the account); the level must allow. */
        public Builder scpLevel(CompiledPolicy... policies) {
            scps.add(List.of(policies));
            return this;
        }

        /** Adds the next RCP level on the resource's side. */
        public Builder rcpLevel(CompiledPolicy... policies) {
            rcps.add(List.of(policies));
            return this;
        }

        public PolicySet build() {
            return new PolicySet(this);
        }
    }
}
