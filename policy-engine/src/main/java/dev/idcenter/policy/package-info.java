/**
 * The IAM policy language: parse, validate, compile, evaluate, simulate. Plain Java and Jackson.
 *
 * <p>Typical use:
 * <pre>{@code
 * // Save time: validate for the policy's type (throws MalformedPolicyException with AWS's message).
 * PolicyDocument doc = PolicyParser.parse(json, PolicyType.TRUST);
 * Map<String, String> bound = resolveToUniqueIds(doc.principalArns());      // IAM-3, caller's lookup
 * CompiledPolicy trust = PolicyCompiler.compile(doc, "role/app trust", bound);
 *
 * // Request time: compiled policies are immutable and shared; a Request is built per call.
 * ContextKeys keys = GlobalKeys.forRequest(principal, tags, now, sessionFacts, sourceIp, true, region)
 *         .put("s3:prefix", "home/")
 *         .build();
 * Request request = new Request(principal, "s3:GetObject", "arn:aws:s3:::bucket/key", resourceAccount, keys);
 * PolicySet policies = PolicySet.builder().identity(userPolicies).boundary(boundary).resource(bucketPolicy).build();
 * Decision d = PolicyEvaluator.decide(request, policies);                     // fast path
 * EvaluationResult why = PolicyEvaluator.evaluate(request, policies);         // EVAL-14 explanation
 *
 * // iam:SimulateCustomPolicy
 * List<SimulationResult> results = PolicySimulator.simulate(simulationRequest);
 * }</pre>
 *
 * <p>Sub-packages: {@code parse} (text to {@code PolicyDocument}), {@code model} (document records),
 * {@code arn} (wildcards and ARN matching), {@code condition} (operators, context values, policy variables),
 * {@code eval} (compiled policies and the evaluator), {@code simulation} (the SimulateCustomPolicy facade).
 */
package dev.idcenter.policy;
