package dev.idcenter.policy.bench;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.GlobalKeys;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.eval.PolicySet;
import dev.idcenter.policy.eval.Request;
import dev.idcenter.policy.eval.RequestPrincipal;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The benchmark workload: a principal with 10 policies of 10 statements each, all with conditions. */
final class BenchPolicies {

    static final String ACCOUNT = "111122223333";
    static final RequestPrincipal PRINCIPAL = RequestPrincipal.user("arn:aws:iam::" + ACCOUNT + ":user/alice",
            ACCOUNT, "AIDAALICE0000000000001");

    private static final String[] SERVICES = {"s3", "ec2", "dynamodb", "iam", "sqs", "sns", "kms", "lambda"};
    private static final String[] VERBS = {"Get", "Put", "List", "Describe", "Delete", "Create", "Update", "Send"};
    private static final String[] CONDITIONS = {
        "'StringEquals':{'aws:PrincipalTag/team':['red','blue']}",
        "'IpAddress':{'aws:SourceIp':['10.0.0.0/8','192.168.0.0/16']}",
        "'DateLessThan':{'aws:CurrentTime':'2030-01-01T00:00:00Z'}",
        "'Bool':{'aws:SecureTransport':'true'}",
        "'StringLike':{'s3:prefix':['home/${aws:username}/*','public/*']}",
        "'NumericLessThanEquals':{'s3:max-keys':'100'}",
        "'StringNotEqualsIfExists':{'aws:RequestedRegion':'eu-west-1'}",
        "'ForAllValues:StringEquals':{'aws:TagKeys':['team','env','owner']}",
    };

    private BenchPolicies() {
    }

    static String policyText(int policy, int statements) {
        Random random = new Random(policy * 31L + 7);
        StringBuilder sb = new StringBuilder("{'Version':'2012-10-17','Statement':[");
        for (int s = 0; s < statements; s++) {
            String service = SERVICES[random.nextInt(SERVICES.length)];
            String verb = VERBS[random.nextInt(VERBS.length)];
            boolean deny = random.nextInt(10) == 0;
            int first = random.nextInt(CONDITIONS.length);
            int second = (first + 1 + random.nextInt(CONDITIONS.length - 1)) % CONDITIONS.length;
            String resource = switch (service) {
                case "s3" -> "arn:aws:s3:::bucket-" + random.nextInt(4) + "/*";
                case "dynamodb" -> "arn:aws:dynamodb:*:" + ACCOUNT + ":table/t" + random.nextInt(4);
                case "iam" -> "arn:aws:iam::" + ACCOUNT + ":user/${aws:username}";
                default -> "arn:aws:" + service + ":us-east-1:" + ACCOUNT + ":*";
            };
            sb.append(s == 0 ? "" : ",")
                    .append("{'Sid':'P").append(policy).append('S').append(s).append("',")
                    .append("'Effect':'").append(deny ? "Deny" : "Allow").append("',")
                    .append("'Action':['").append(service).append(':').append(verb).append("*','")
                    .append(service).append(":").append(VERBS[random.nextInt(VERBS.length)]).append("Item'],")
                    .append("'Resource':'").append(resource).append("',")
                    .append("'Condition':{").append(CONDITIONS[first]).append(',')
                    .append(CONDITIONS[second].replace("'StringEquals'",
                            "'StringEqualsIgnoreCase'").replace("'Bool'", "'BoolIfExists'"))
                    .append("}}");
        }
        return sb.append("]}").toString().replace('\'', '"');
    }

    static PolicySet principalPolicies() {
        PolicySet.Builder b = PolicySet.builder();
        for (int p = 0; p < 10; p++) {
            b.identity(PolicyCompiler.compile(PolicyParser.parse(policyText(p, 10), PolicyType.IDENTITY, 0),
                    "policy-" + p));
        }
        return b.build();
    }

    /** Varied requests over the services, resources and context values the policies use. */
    static List<Request> requests(int n) {
        Random random = new Random(42);
        List<Request> out = new ArrayList<>(n);
        String[] teams = {"red", "blue", "green"};
        String[] ips = {"10.1.2.3", "192.168.7.7", "203.0.113.9", "2001:db8::1"};
        for (int i = 0; i < n; i++) {
            out.add(request(random, teams, ips));
        }
        return out;
    }

    static Request request(Random random, String[] teams, String[] ips) {
        String service = SERVICES[random.nextInt(SERVICES.length)];
        String action = service + ":" + VERBS[random.nextInt(VERBS.length)] + (random.nextBoolean() ? "Object" : "Item");
        String resource = switch (service) {
            case "s3" -> "arn:aws:s3:::bucket-" + random.nextInt(5) + "/home/alice/f" + random.nextInt(100);
            case "dynamodb" -> "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/t" + random.nextInt(5);
            case "iam" -> "arn:aws:iam::" + ACCOUNT + ":user/" + (random.nextBoolean() ? "alice" : "bob");
            default -> "arn:aws:" + service + ":us-east-1:" + ACCOUNT + ":thing-" + random.nextInt(9);
        };
        ContextKeys keys = GlobalKeys.forPrincipal(PRINCIPAL, Map.of("team", teams[random.nextInt(teams.length)]),
                        Instant.parse("2026-11-23T04:00:00Z"))
                .put("aws:SourceIp", ips[random.nextInt(ips.length)])
                .put("aws:SecureTransport", ContextValue.of(random.nextInt(4) != 0))
                .put("s3:prefix", "home/alice/" + random.nextInt(3))
                .put("s3:max-keys", ContextValue.of(random.nextInt(200)))
                .put("aws:TagKeys", "team", random.nextBoolean() ? "env" : "cost")
                .build();
        return new Request(PRINCIPAL, action, resource, null, keys);
    }

    /** A policy of about 6 KB (non-whitespace), as large as a managed policy may be. */
    static String sixKilobytePolicy() {
        int statements = 1;
        String text = policyText(99, statements);
        while (PolicyParser.countedSize(policyText(99, statements + 1)) <= 6144) {
            statements++;
            text = policyText(99, statements);
        }
        return text;
    }
}
