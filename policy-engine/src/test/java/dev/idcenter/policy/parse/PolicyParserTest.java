package dev.idcenter.policy.parse;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.Effect;
import dev.idcenter.policy.model.PolicyDocument;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.model.Position;
import dev.idcenter.policy.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.idcenter.policy.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyParserTest {

    private static PolicyDocument parse(String singleQuoted, PolicyType type) {
        return PolicyParser.parse(json(singleQuoted), type);
    }

    private static void rejects(String singleQuoted, PolicyType type, String message) {
        assertThatThrownBy(() -> parse(singleQuoted, type))
                .isInstanceOf(MalformedPolicyException.class)
                .hasMessage(message);
    }

    @Test
    void givenStatementArray_whenParsed_thenAllElementsAreRead() {
        PolicyDocument doc = parse("{'Version':'2012-10-17','Id':'p1','Statement':[{'Sid':'A','Effect':'Allow',"
                + "'Action':['s3:GetObject','s3:PutObject'],'Resource':'arn:aws:s3:::b/*','Condition':"
                + "{'NumericLessThan':{'s3:max-keys':10},'Bool':{'aws:SecureTransport':true}}},"
                + "{'Effect':'Deny','NotAction':'iam:*','NotResource':['*']}]}", PolicyType.IDENTITY);
        assertThat(doc.version()).isEqualTo("2012-10-17");
        assertThat(doc.id()).isEqualTo("p1");
        assertThat(doc.statements()).hasSize(2);
        Statement first = doc.statements().get(0);
        assertThat(first.sid()).isEqualTo("A");
        assertThat(first.effect()).isEqualTo(Effect.ALLOW);
        assertThat(first.actions()).containsExactly("s3:GetObject", "s3:PutObject");
        assertThat(first.conditions()).extracting(c -> c.values().get(0)).containsExactly("10", "true");
        Statement second = doc.statements().get(1);
        assertThat(second.notAction()).isTrue();
        assertThat(second.notResource()).isTrue();
    }

    @Test
    void givenSingleStatementObjectAndNoVersion_whenParsed_thenAccepted() {
        PolicyDocument doc = parse("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}",
                PolicyType.IDENTITY);
        assertThat(doc.version()).isNull();
        assertThat(doc.supportsVariables()).isFalse();
        assertThat(doc.statements()).hasSize(1);
    }

    @Test
    void givenVersion2008_whenParsed_thenAccepted() {
        assertThat(parse("{'Version':'2008-10-17','Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}",
                PolicyType.IDENTITY).version()).isEqualTo("2008-10-17");
    }

    @Test
    void givenAnyDocument_whenParsed_thenOriginalTextIsKeptVerbatim() {
        String text = "{ \"Version\" : \"2012-10-17\",\n  \"Statement\": {\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\"} }\n";
        assertThat(PolicyParser.parse(text, PolicyType.IDENTITY).text()).isSameAs(text);
    }

    @Test
    void givenMultiLineDocument_whenParsed_thenStatementPositionsAreOneBasedLineAndColumn() {
        String text = "{\n"
                + "  \"Version\": \"2012-10-17\",\n"
                + "  \"Statement\": [\n"
                + "    {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},\n"
                + "    {\n"
                + "      \"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"*\"\n"
                + "    }\n"
                + "  ]\n"
                + "}";
        PolicyDocument doc = PolicyParser.parse(text, PolicyType.IDENTITY);
        assertThat(doc.statements().get(0).start()).isEqualTo(new Position(4, 5));
        assertThat(doc.statements().get(0).end()).isEqualTo(new Position(4, 56));
        assertThat(doc.statements().get(1).start()).isEqualTo(new Position(5, 5));
        assertThat(doc.statements().get(1).end()).isEqualTo(new Position(7, 6));
    }

    @Test
    void givenBrokenJson_whenParsed_thenSyntaxError() {
        rejects("{'Statement':", PolicyType.IDENTITY, "Syntax errors in policy.");
        rejects("[]", PolicyType.IDENTITY, "Syntax errors in policy.");
        rejects("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}} trailing", PolicyType.IDENTITY,
                "Syntax errors in policy.");
    }

    @Test
    void givenDuplicateKey_whenParsed_thenSyntaxError() {
        rejects("{'Statement':{'Effect':'Allow','Effect':'Deny','Action':'*','Resource':'*'}}", PolicyType.IDENTITY,
                "Syntax errors in policy.");
    }

    @Test
    void givenUnknownField_whenParsed_thenUnknownFieldError() {
        rejects("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*','Foo':1}}", PolicyType.IDENTITY,
                "Unknown field Foo");
        rejects("{'Bar':1,'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}", PolicyType.IDENTITY,
                "Unknown field Bar");
    }

    @Test
    void givenBadVersion_whenParsed_thenLegacyParsingError() {
        rejects("{'Version':'2020-01-01','Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}",
                PolicyType.IDENTITY, "The policy failed legacy parsing");
    }

    @Test
    void givenMissingOrBadElements_whenParsed_thenAwsMessages() {
        rejects("{'Version':'2012-10-17'}", PolicyType.IDENTITY, "Missing required field Statement");
        rejects("{'Statement':{'Action':'*','Resource':'*'}}", PolicyType.IDENTITY, "Missing required field Effect");
        rejects("{'Statement':{'Effect':'allow','Action':'*','Resource':'*'}}", PolicyType.IDENTITY,
                "Invalid effect: allow");
        rejects("{'Statement':{'Effect':'Allow','Resource':'*'}}", PolicyType.IDENTITY,
                "Policy statement must contain actions.");
        rejects("{'Statement':{'Effect':'Allow','Action':'*'}}", PolicyType.IDENTITY,
                "Policy statement must contain resources.");
        rejects("{'Statement':{'Effect':'Allow','Action':'GetObject','Resource':'*'}}", PolicyType.IDENTITY,
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        rejects("{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'bucket'}}", PolicyType.IDENTITY,
                "Resource bucket must be in ARN format or \"*\".");
        rejects("{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'StringFoo':{'a:b':'c'}}}}",
                PolicyType.IDENTITY, "Invalid Condition type : StringFoo.");
        rejects("{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'StringEquals':{'user':'c'}}}}",
                PolicyType.IDENTITY, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
    }

    @Test
    void givenDuplicateSid_whenParsed_thenRejected() {
        rejects("{'Statement':[{'Sid':'A','Effect':'Allow','Action':'*','Resource':'*'},"
                + "{'Sid':'A','Effect':'Deny','Action':'*','Resource':'*'}]}", PolicyType.IDENTITY,
                "Statement IDs (SID) in a single policy must be unique.");
    }

    @Test
    void givenIdentityPolicyWithPrincipal_whenParsed_thenRejected() {
        rejects("{'Statement':{'Effect':'Allow','Principal':'*','Action':'*','Resource':'*'}}", PolicyType.IDENTITY,
                "Policy document should not specify a principal.");
        rejects("{'Statement':{'Effect':'Allow','NotPrincipal':'*','Action':'*','Resource':'*'}}", PolicyType.SCP,
                "Policy document should not specify a principal.");
    }

    @Test
    void givenResourcePolicyWithoutPrincipal_whenParsed_thenMissingPrincipal() {
        rejects("{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}", PolicyType.RESOURCE,
                "Missing required field Principal");
    }

    @Test
    void givenTrustPolicy_whenValid_thenAccepted() {
        PolicyDocument doc = parse("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':"
                + "{'AWS':['arn:aws:iam::111122223333:role/r','444455556666'],'Service':'ec2.amazonaws.com'},"
                + "'Action':['sts:AssumeRole','sts:TagSession','sts:SetSourceIdentity']},"
                + "{'Effect':'Allow','Principal':{'Federated':'arn:aws:iam::111122223333:oidc-provider/token.example.com'},"
                + "'Action':'sts:AssumeRoleWithWebIdentity'}]}", PolicyType.TRUST);
        assertThat(doc.principalArns()).containsExactly("arn:aws:iam::111122223333:role/r");
    }

    @Test
    void givenTrustPolicyBreakingItsRules_whenParsed_thenRejected() {
        rejects("{'Statement':{'Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:AssumeRole',"
                + "'Resource':'*'}}", PolicyType.TRUST, "Has prohibited field Resource");
        rejects("{'Statement':{'Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'s3:GetObject'}}",
                PolicyType.TRUST, "Trust Policy statement actions can only be sts:AssumeRole, "
                        + "sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
                        + "sts:SetSourceIdentity and sts:SetContext");
        rejects("{'Statement':{'Effect':'Deny','NotPrincipal':{'AWS':'111122223333'},'Action':'sts:AssumeRole'}}",
                PolicyType.TRUST, "Has prohibited field NotPrincipal");
        rejects("{'Statement':{'Effect':'Allow','Action':'sts:AssumeRole'}}", PolicyType.TRUST,
                "Missing required field Principal");
    }

    @Test
    void givenInvalidPrincipals_whenParsed_thenInvalidPrincipal() {
        // EVAL-9: Principal allows no partial wildcards.
        rejects("{'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::*:role/x'},'Action':'sts:AssumeRole'}}",
                PolicyType.TRUST, "Invalid principal in policy: \"AWS\":\"arn:aws:iam::*:role/x\"");
        rejects("{'Statement':{'Effect':'Allow','Principal':{'AWS':'bob'},'Action':'s3:*','Resource':'*'}}",
                PolicyType.RESOURCE, "Invalid principal in policy: \"AWS\":\"bob\"");
        rejects("{'Statement':{'Effect':'Allow','Principal':'bob','Action':'s3:*','Resource':'*'}}",
                PolicyType.RESOURCE, "Invalid principal in policy: \"bob\"");
        rejects("{'Statement':{'Effect':'Allow','Principal':{'Foo':'x'},'Action':'s3:*','Resource':'*'}}",
                PolicyType.RESOURCE, "Invalid principal in policy: \"Foo\"");
    }

    @Test
    void givenPolicyOverQuota_whenParsed_thenLimitExceededCountingNoWhitespace() {
        String policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}";
        int size = policy.length();
        // IAM-5: whitespace does not count against the quota.
        String padded = policy.replace(",", ",      \n\t");
        assertThat(PolicyParser.parse(padded, PolicyType.IDENTITY, size).statements()).hasSize(1);
        assertThatThrownBy(() -> PolicyParser.parse(policy, PolicyType.IDENTITY, size - 1))
                .isInstanceOfSatisfying(MalformedPolicyException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(MalformedPolicyException.LIMIT_EXCEEDED))
                .hasMessage("Cannot exceed quota for PolicySize: " + (size - 1));
    }

    @Test
    void givenTrustPolicyOverDefaultQuota_whenParsed_thenAclSizeLimit() {
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            accounts.append(i == 0 ? "" : ",").append("\"").append(String.format("%012d", i)).append("\"");
        }
        String text = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + accounts
                + "]},\"Action\":\"sts:AssumeRole\"}}";
        assertThatThrownBy(() -> PolicyParser.parse(text, PolicyType.TRUST))
                .hasMessage("Cannot exceed quota for ACLSizePerRole: 2048");
    }

    @Test
    void givenRcpWithNamedPrincipal_whenParsed_thenRejected() {
        rejects("{'Statement':{'Effect':'Deny','Principal':{'AWS':'111122223333'},'Action':'s3:*','Resource':'*'}}",
                PolicyType.RCP, "Invalid principal in policy: RCPs only accept \"*\"");
    }

    @Test
    void givenNullInput_whenParsed_thenSyntaxError() {
        assertThatThrownBy(() -> PolicyParser.parse(null, PolicyType.IDENTITY))
                .isInstanceOf(MalformedPolicyException.class).hasMessage("Syntax errors in policy.");
    }
}
