package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.command.iam.policy.AwsManagedPolicies;
import dev.idcenter.command.organizations.OrganizationPolicies;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleTrustPrincipalsBound;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserInlinePolicyPut;
import dev.idcenter.events.iam.user.UserPermissionsBoundarySet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.ServiceModel;
import dev.idcenter.protocol.ServiceRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The authorizer with the real policy engine over a hand-fed {@link AuthorizationView}: the trust rules of STS-2,
 * the AccessDenied wording of STS-7 and EVAL-5/6, SCPs (EVAL-3) and the limits of temporary credentials.
 */
class PolicyAuthorizerTest {

    private static final ServiceRegistry SERVICES = ServiceRegistry.loadDefault();
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final AuthorizationView view = new AuthorizationView();
    private final List<List<OrganizationPolicies.OrgPolicy>> memberScps = new ArrayList<>();
    private final List<List<OrganizationPolicies.OrgPolicy>> memberRcps = new ArrayList<>();
    private final java.util.Set<String> closedAccounts = new java.util.HashSet<>();
    private final PolicyAuthorizer authorizer;

    PolicyAuthorizerTest() {
        OrganizationPolicies organizations = new OrganizationPolicies() {
            @Override
            public List<List<OrgPolicy>> serviceControlLevels(String accountId) {
                return B.equals(accountId) ? memberScps : List.of();
            }

            @Override
            public List<List<OrgPolicy>> resourceControlLevels(String accountId) {
                return B.equals(accountId) ? memberRcps : List.of();
            }

            @Override
            public boolean closed(String accountId) {
                return closedAccounts.contains(accountId);
            }

            @Override
            public Optional<String> organizationId(String accountId) {
                return Optional.of("o-exampleorgid");
            }
        };
        CompiledPolicies compiled = new CompiledPolicies(view, new AwsManagedPolicies(new ObjectMapper()));
        MasterKeyRing keys = MasterKeyRing.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32]));
        authorizer = new PolicyAuthorizer(new CallerPolicies(view, compiled), new IamTargets(view),
                new StsTargets(view, compiled), organizations, compiled,
                new AuthorizationMessages(keys, new ObjectMapper()));
    }

    // --- STS-2: trust -------------------------------------------------------------------------------------------

    @Test
    void givenTrustNamingTheUser_whenSameAccountUserWithoutPolicyAssumes_thenAllowed() {
        Caller bob = user(A, "AIDABOB", "bob");
        role(A, "AROAR1", "r1", trust("arn:aws:iam::" + A + ":user/bob", "sts:AssumeRole"),
                Map.of("arn:aws:iam::" + A + ":user/bob", "AIDABOB"));

        assertAllowed(bob, "sts", "AssumeRole", assume("arn:aws:iam::" + A + ":role/r1"));
    }

    @Test
    void givenTrustNamingOnlyTheAccount_whenUserWithoutIdentityPolicyAssumes_thenDeniedUntilItsPolicyAllows() {
        Caller bob = user(A, "AIDABOB", "bob");
        role(A, "AROAR1", "r1", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"),
                Map.of("arn:aws:iam::" + A + ":root", A));
        String roleArn = "arn:aws:iam::" + A + ":role/r1";

        assertDenied(bob, "sts", "AssumeRole", assume(roleArn), "User: arn:aws:iam::" + A + ":user/bob is not "
                + "authorized to perform: sts:AssumeRole on resource: " + roleArn);
        allowUser(A, "AIDABOB", "sts:AssumeRole", roleArn);
        assertAllowed(bob, "sts", "AssumeRole", assume(roleArn));
    }

    @Test
    void givenCrossAccountTrustNamingTheUser_whenTheUsersOwnPolicyIsSilent_thenDenied_andAllowedWhenBothAllow() {
        Caller bob = user(A, "AIDABOB", "bob");
        String roleArn = "arn:aws:iam::" + B + ":role/cross";
        role(B, "AROACROSS", "cross", trust("arn:aws:iam::" + A + ":user/bob", "sts:AssumeRole"),
                Map.of("arn:aws:iam::" + A + ":user/bob", "AIDABOB"));

        assertDenied(bob, "sts", "AssumeRole", assume(roleArn), "is not authorized to perform: sts:AssumeRole");
        allowUser(A, "AIDABOB", "sts:AssumeRole", roleArn);
        assertAllowed(bob, "sts", "AssumeRole", assume(roleArn));
    }

    @Test
    void givenTrustNamingTheUser_whenTheUsersBoundaryDoesNotAllowAssumeRole_thenDenied() {
        Caller bob = user(A, "AIDABOB", "bob");
        role(A, "AROAR1", "r1", trust("arn:aws:iam::" + A + ":user/bob", "sts:AssumeRole"),
                Map.of("arn:aws:iam::" + A + ":user/bob", "AIDABOB"));
        view.apply(new ManagedPolicyCreated(A, "ANPAB", "only-iam", "/", null, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""",
                List.of(), NOW));
        view.apply(new UserPermissionsBoundarySet(A, "AIDABOB", "arn:aws:iam::" + A + ":policy/only-iam"));

        assertDenied(bob, "sts", "AssumeRole", assume("arn:aws:iam::" + A + ":role/r1"), "sts:AssumeRole");
    }

    @Test
    void givenTrustWithoutTagSession_whenTagsArePassed_thenDenied_andAllowedOnceTrusted() {
        Caller bob = user(A, "AIDABOB", "bob");
        String bobArn = "arn:aws:iam::" + A + ":user/bob";
        role(A, "AROAR1", "r1", trust(bobArn, "sts:AssumeRole"), Map.of(bobArn, "AIDABOB"));
        ObjectNode tagged = assume("arn:aws:iam::" + A + ":role/r1");
        tagged.putArray("Tags").addObject().put("Key", "team").put("Value", "blue");

        assertDenied(bob, "sts", "AssumeRole", tagged, "sts:TagSession");
        role(A, "AROAR1", "r1", trust(bobArn, "sts:AssumeRole", "sts:TagSession"), Map.of(bobArn, "AIDABOB"));
        assertAllowed(bob, "sts", "AssumeRole", tagged);
    }

    @Test
    void givenTrustWithoutSetSourceIdentity_whenSourceIdentityIsSet_thenDenied() {
        Caller bob = user(A, "AIDABOB", "bob");
        String bobArn = "arn:aws:iam::" + A + ":user/bob";
        role(A, "AROAR1", "r1", trust(bobArn, "sts:AssumeRole"), Map.of(bobArn, "AIDABOB"));
        ObjectNode input = assume("arn:aws:iam::" + A + ":role/r1").put("SourceIdentity", "bob@example.com");

        assertDenied(bob, "sts", "AssumeRole", input, "sts:SetSourceIdentity");
    }

    @Test
    void givenTrustNamingOnlyTheAccount_whenARoleSessionAssumesItsOwnRole_thenDenied() {
        String roleArn = "arn:aws:iam::" + A + ":role/self";
        role(A, "AROASELF", "self", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"), Map.of());
        view.apply(new dev.idcenter.events.iam.role.RoleInlinePolicyPut(A, "AROASELF", "assume", allow("sts:AssumeRole", "*")));

        assertDenied(session(A, "AROASELF", "self", "s1"), "sts", "AssumeRole", assume(roleArn), "sts:AssumeRole");
        role(A, "AROASELF", "self", trust(roleArn, "sts:AssumeRole"), Map.of(roleArn, "AROASELF"));
        view.apply(new dev.idcenter.events.iam.role.RoleInlinePolicyPut(A, "AROASELF", "assume", allow("sts:AssumeRole", "*")));
        assertAllowed(session(A, "AROASELF", "self", "s1"), "sts", "AssumeRole", assume(roleArn));
    }

    @Test
    void givenNoSuchRole_whenAssumed_thenTheSameAccessDeniedAsAnUntrustedCaller() {
        Caller bob = user(A, "AIDABOB", "bob");
        String ghost = "arn:aws:iam::" + A + ":role/ghost";

        assertDenied(bob, "sts", "AssumeRole", assume(ghost), "User: arn:aws:iam::" + A + ":user/bob is not "
                + "authorized to perform: sts:AssumeRole on resource: " + ghost);
    }

    @Test
    void givenTheRootUser_whenItAssumesARole_thenDenied() {
        role(A, "AROAR1", "r1", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"), Map.of());
        Caller root = new Caller("Root", A, "arn:aws:iam::" + A + ":root", A, "AKIAROOT");

        assertDenied(root, "sts", "AssumeRole", assume("arn:aws:iam::" + A + ":role/r1"),
                "Roles may not be assumed by root accounts.");
    }

    @Test
    void givenTrustRequiringAnExternalId_whenItIsMissingOrWrong_thenDenied_andAllowedWithIt() {
        Caller bob = user(A, "AIDABOB", "bob");
        String bobArn = "arn:aws:iam::" + A + ":user/bob";
        role(A, "AROAR1", "r1", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},
                 "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"secret-handshake"}}}]}"""
                .formatted(bobArn), Map.of(bobArn, "AIDABOB"));
        String roleArn = "arn:aws:iam::" + A + ":role/r1";

        assertDenied(bob, "sts", "AssumeRole", assume(roleArn), "sts:AssumeRole");
        assertDenied(bob, "sts", "AssumeRole", assume(roleArn).put("ExternalId", "guess"), "sts:AssumeRole");
        assertAllowed(bob, "sts", "AssumeRole", assume(roleArn).put("ExternalId", "secret-handshake"));
    }

    @Test
    void givenABoundPrincipalRecreated_whenTheNewUserAssumes_thenDenied() {
        // IAM-3: the trust binds bob's unique id; a new bob with another id is a stranger.
        String bobArn = "arn:aws:iam::" + A + ":user/bob";
        role(A, "AROAR1", "r1", trust(bobArn, "sts:AssumeRole"), Map.of(bobArn, "AIDAOLDBOB"));

        assertDenied(user(A, "AIDANEWBOB", "bob"), "sts", "AssumeRole", assume("arn:aws:iam::" + A + ":role/r1"),
                "sts:AssumeRole");
    }

    // --- identity side, wording ---------------------------------------------------------------------------------

    @Test
    void givenNoPolicy_whenUserCreatesARole_thenAwsWordingNamesTheResourceWithItsPath() {
        Caller bob = user(A, "AIDABOB", "bob");
        ObjectNode input = new ObjectMapper().createObjectNode().put("RoleName", "app").put("Path", "/team/");

        assertDenied(bob, "iam", "CreateRole", input, "User: arn:aws:iam::" + A + ":user/bob is not authorized to "
                + "perform: iam:CreateRole on resource: arn:aws:iam::" + A + ":role/team/app because no "
                + "identity-based policy allows the iam:CreateRole action");
    }

    @Test
    void givenAnExplicitDeny_whenAllowedElsewhere_thenDeniedWithTheExplicitWording() {
        Caller bob = user(A, "AIDABOB", "bob");
        allowUser(A, "AIDABOB", "iam:*", "*");
        view.apply(new UserInlinePolicyPut(A, "AIDABOB", "no-delete", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:DeleteRole","Resource":"*"}]}"""));

        assertAllowed(bob, "iam", "ListRoles", new ObjectMapper().createObjectNode());
        assertDenied(bob, "iam", "DeleteRole", new ObjectMapper().createObjectNode().put("RoleName", "x"),
                "on resource: arn:aws:iam::" + A + ":role/x with an explicit deny in an identity-based policy");
    }

    @Test
    void givenABoundary_whenIdentityAllowsButBoundaryDoesNot_thenDeniedByTheBoundary() {
        Caller bob = user(A, "AIDABOB", "bob");
        allowUser(A, "AIDABOB", "iam:*", "*");
        view.apply(new ManagedPolicyCreated(A, "ANPAB", "read-only", "/", null, allow("iam:Get*", "*"), List.of(), NOW));
        view.apply(new UserPermissionsBoundarySet(A, "AIDABOB", "arn:aws:iam::" + A + ":policy/read-only"));

        assertAllowed(bob, "iam", "GetRole", new ObjectMapper().createObjectNode().put("RoleName", "x"));
        assertDenied(bob, "iam", "CreateRole", new ObjectMapper().createObjectNode().put("RoleName", "x"),
                "because no permissions boundary allows the iam:CreateRole action");
    }

    @Test
    void givenPolicyVariablesOnPrincipalTags_whenTheResourceMatchesTheTag_thenAllowedOnlyThere() {
        view.apply(new UserCreated(A, "AIDATAGGED", "tagged", "/", null, List.of(new Tag("team", "blue")), NOW));
        allowUser(A, "AIDATAGGED", "iam:GetRole", "arn:aws:iam::*:role/${aws:PrincipalTag/team}-*");
        Caller tagged = new Caller("IAMUser", "AIDATAGGED", "arn:aws:iam::" + A + ":user/tagged", A, "AKIATAGGED");

        assertAllowed(tagged, "iam", "GetRole", new ObjectMapper().createObjectNode().put("RoleName", "blue-app"));
        assertDenied(tagged, "iam", "GetRole", new ObjectMapper().createObjectNode().put("RoleName", "red-app"),
                "because no identity-based policy allows");
    }

    @Test
    void givenAnScpDenyingIamInTheMemberAccount_whenAMemberUserIsAllowedEverything_thenDeniedByTheScp() {
        Caller member = user(B, "AIDAMEMBER", "member");
        allowUser(B, "AIDAMEMBER", "*", "*");
        memberScps.add(List.of(new OrganizationPolicies.OrgPolicy("p-FullAWSAccess", allow("*", "*"))));
        memberScps.add(List.of(new OrganizationPolicies.OrgPolicy("p-noiam", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
                 {"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}""")));

        assertAllowed(member, "iam", "ListUsers", new ObjectMapper().createObjectNode());
        assertDenied(member, "iam", "CreateUser", new ObjectMapper().createObjectNode().put("UserName", "x"),
                "with an explicit deny in a service control policy");
    }

    @Test
    void givenAnExplicitDenyOfEverything_whenGetCallerIdentity_thenStillAllowed() {
        Caller bob = user(A, "AIDABOB", "bob");
        view.apply(new UserInlinePolicyPut(A, "AIDABOB", "deny-all", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}"""));

        assertAllowed(bob, "sts", "GetCallerIdentity", new ObjectMapper().createObjectNode());
    }

    @Test
    void givenAnRcpDenyingAssumeRoleInTheRolesAccount_whenTrustAndIdentityAllow_thenDeniedByTheRcp() {
        // EVAL-3: RCPs guard the resource's account; STS is one of the services they cover.
        Caller bob = user(A, "AIDABOB", "bob");
        String roleArn = "arn:aws:iam::" + B + ":role/cross";
        role(B, "AROACROSS", "cross", trust("arn:aws:iam::" + A + ":user/bob", "sts:AssumeRole"),
                Map.of("arn:aws:iam::" + A + ":user/bob", "AIDABOB"));
        allowUser(A, "AIDABOB", "sts:AssumeRole", roleArn);
        assertAllowed(bob, "sts", "AssumeRole", assume(roleArn));

        memberRcps.add(List.of(new OrganizationPolicies.OrgPolicy("p-rcp", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"},
                 {"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole","Resource":"*",
                  "Condition":{"StringNotEquals":{"aws:PrincipalAccount":"%s"}}}]}""".formatted(B))));
        assertDenied(bob, "sts", "AssumeRole", assume(roleArn), "sts:AssumeRole");
    }

    @Test
    void givenAClosedAccount_whenItsPrincipalsCallOrOthersAssumeItsRoles_thenDenied() {
        Caller member = user(B, "AIDAMEMBER", "member");
        allowUser(B, "AIDAMEMBER", "*", "*");
        Caller bob = user(A, "AIDABOB", "bob");
        allowUser(A, "AIDABOB", "sts:AssumeRole", "*");
        role(B, "AROACROSS", "cross", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"), Map.of());
        assertAllowed(member, "iam", "ListUsers", new ObjectMapper().createObjectNode());

        closedAccounts.add(B);
        assertDenied(member, "iam", "ListUsers", new ObjectMapper().createObjectNode(), "account " + B + " is closed");
        assertDenied(member, "sts", "GetCallerIdentity", new ObjectMapper().createObjectNode(), "is closed");
        assertDenied(bob, "sts", "AssumeRole", assume("arn:aws:iam::" + B + ":role/cross"), "sts:AssumeRole");
    }

    @Test
    void givenADenyOnAUser_whenAnotherUserIsRenamedOrMovedOntoIt_thenTheDestinationIsCheckedToo() {
        Caller bob = user(A, "AIDABOB", "bob");
        allowUser(A, "AIDABOB", "iam:*", "*");
        view.apply(new UserInlinePolicyPut(A, "AIDABOB", "protect-admins", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"arn:aws:iam::*:user/admins/*"}]}"""));
        user(A, "AIDAEVE", "eve");

        assertAllowed(bob, "iam", "UpdateUser", new ObjectMapper().createObjectNode().put("UserName", "eve")
                .put("NewUserName", "eve2"));
        assertDenied(bob, "iam", "UpdateUser", new ObjectMapper().createObjectNode().put("UserName", "eve")
                .put("NewPath", "/admins/"), "on resource: arn:aws:iam::" + A + ":user/admins/eve with an explicit deny");
    }

    @Test
    void givenAnMfaDeviceOfAProtectedUser_whenDeactivatedWithoutUserNameOrNamedInAnotherCase_thenTheDenyHolds() {
        Caller bob = user(A, "AIDABOB", "bob");
        user(A, "AIDAADMIN", "admin");
        allowUser(A, "AIDABOB", "iam:*", "*");
        String serial = "arn:aws:iam::" + A + ":mfa/BreakGlass";
        view.apply(new UserInlinePolicyPut(A, "AIDABOB", "protect", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*",
                 "Resource":["arn:aws:iam::*:user/admin","arn:aws:iam::*:mfa/BreakGlass"]}]}"""));
        view.apply(new dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated(A, "MFAD1", "BreakGlass", "/", serial, "k1",
                List.of(), NOW));
        view.apply(new dev.idcenter.events.iam.mfa.MfaDeviceEnabled(A, "MFAD1", "AIDAADMIN", NOW, 1L));

        assertDenied(bob, "iam", "DeactivateMFADevice", new ObjectMapper().createObjectNode().put("SerialNumber", serial),
                "on resource: arn:aws:iam::" + A + ":user/admin with an explicit deny");
        assertDenied(bob, "iam", "DeleteVirtualMFADevice", new ObjectMapper().createObjectNode()
                .put("SerialNumber", serial.toUpperCase().replace("ARN:AWS:IAM", "arn:aws:iam")), "with an explicit deny");
    }

    @Test
    void givenAnMfaSessionOfAUser_whenItCreatesAnAccessKeyForItself_thenItsOwnArnIsTheResource() {
        Caller alice = user(A, "AIDAALICE", "alice");
        allowUser(A, "AIDAALICE", "iam:*", "*");
        view.apply(new UserInlinePolicyPut(A, "AIDAALICE", "no-new-keys", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/alice"}]}"""));
        SessionContext context = new SessionContext(SessionContext.Kind.SESSION_TOKEN, "sess-mfa", "IAMUser",
                "AIDAALICE", alice.arn(), A, null, NOW, NOW.plusSeconds(3600), true, null, null, null, null, null,
                null, alice.arn());
        Caller withMfa = new Caller("IAMUser", "AIDAALICE", alice.arn(), A, "ASIAALICE", context);

        assertDenied(withMfa, "iam", "CreateAccessKey", new ObjectMapper().createObjectNode(),
                "on resource: " + alice.arn() + " with an explicit deny");
    }

    @Test
    void givenAddRoleToInstanceProfile_whenOnlyTheRoleIsTagged_thenTheRolesTagsDoNotCountForTheProfile() {
        Caller bob = user(A, "AIDABOB", "bob");
        role(A, "AROAAPP", "app", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"), Map.of());
        view.apply(new dev.idcenter.events.iam.role.RoleTagged(A, "AROAAPP", List.of(new Tag("team", "blue"))));
        view.apply(new UserInlinePolicyPut(A, "AIDABOB", "blue-only", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:AddRoleToInstanceProfile","iam:PassRole"],
                 "Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"blue"}}}]}"""));

        assertDenied(bob, "iam", "AddRoleToInstanceProfile", new ObjectMapper().createObjectNode()
                .put("InstanceProfileName", "web").put("RoleName", "app"), "iam:AddRoleToInstanceProfile on resource");
    }

    // --- sessions -----------------------------------------------------------------------------------------------

    @Test
    void givenARoleSessionWithASessionPolicy_whenTheRoleAllowsMore_thenTheSessionPolicyCaps() {
        role(A, "AROAAPP", "app", trust("arn:aws:iam::" + A + ":root", "sts:AssumeRole"), Map.of());
        view.apply(new dev.idcenter.events.iam.role.RoleInlinePolicyPut(A, "AROAAPP", "all", allow("iam:*", "*")));
        Caller narrowed = session(A, "AROAAPP", "app", "s1", allow("iam:List*", "*"));

        assertAllowed(narrowed, "iam", "ListRoles", new ObjectMapper().createObjectNode());
        assertDenied(narrowed, "iam", "CreateUser", new ObjectMapper().createObjectNode().put("UserName", "x"),
                "because no session policy allows the iam:CreateUser action");
    }

    @Test
    void givenAFederatedUser_whenTheUserAndThePassedPolicyBothAllow_thenOnlyTheIntersectionIsAllowed() {
        // GetFederationToken: the user's permissions intersected with the policy passed for the session.
        view.apply(new UserCreated(A, "AIDAFED", "fed", "/", null, List.of(), NOW));
        allowUser(A, "AIDAFED", "cloudtrail:*", "*");
        SessionContext context = new SessionContext(SessionContext.Kind.FEDERATED_USER, "sess-fed", "IAMUser",
                "AIDAFED", "arn:aws:iam::" + A + ":user/fed", A, "partner", NOW, NOW.plusSeconds(3600), false, null,
                allow("cloudtrail:LookupEvents", "*"), null, null, null, null, "arn:aws:iam::" + A + ":user/fed");
        Caller federated = new Caller("FederatedUser", A + ":partner", "arn:aws:sts::" + A + ":federated-user/partner",
                A, "ASIAFED", context);

        assertAllowed(federated, "cloudtrail", "LookupEvents", new ObjectMapper().createObjectNode());
        // Allowed to the user, not by the passed policy:
        assertDenied(federated, "cloudtrail", "DescribeTrails", new ObjectMapper().createObjectNode(),
                "because no session policy allows");
        // Allowed by the passed policy, not to the user: nothing the user lacks is gained.
        view.apply(new UserInlinePolicyPut(A, "AIDAFED", "allow-cloudtrail:**", allow("cloudtrail:DescribeTrails", "*")));
        assertDenied(federated, "cloudtrail", "LookupEvents", new ObjectMapper().createObjectNode(),
                "because no identity-based policy allows");
    }

    @Test
    void givenSessionTokenCredentialsWithoutMfa_whenCallingIam_thenDenied() {
        view.apply(new UserCreated(A, "AIDABOB", "bob", "/", null, List.of(), NOW));
        allowUser(A, "AIDABOB", "*", "*");
        SessionContext context = new SessionContext(SessionContext.Kind.SESSION_TOKEN, "sess-1", "IAMUser",
                "AIDABOB", "arn:aws:iam::" + A + ":user/bob", A, null, NOW, NOW.plusSeconds(3600), false, null,
                null, null, null, null, null, "arn:aws:iam::" + A + ":user/bob");
        Caller token = new Caller("IAMUser", "AIDABOB", "arn:aws:iam::" + A + ":user/bob", A, "ASIATOKEN", context);

        assertDenied(token, "iam", "ListUsers", new ObjectMapper().createObjectNode(), "only when they were issued with MFA");
        assertAllowed(token, "sts", "GetCallerIdentity", new ObjectMapper().createObjectNode());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Caller user(String account, String userId, String name) {
        if (view.user(userId).isEmpty()) {
            view.apply(new UserCreated(account, userId, name, "/", null, List.of(), NOW));
        }
        return new Caller("IAMUser", userId, "arn:aws:iam::" + account + ":user/" + name, account, "AKIA" + userId);
    }

    private Caller session(String account, String roleId, String roleName, String sessionName) {
        return session(account, roleId, roleName, sessionName, null);
    }

    private Caller session(String account, String roleId, String roleName, String sessionName, String sessionPolicy) {
        String roleArn = "arn:aws:iam::" + account + ":role/" + roleName;
        SessionContext context = new SessionContext(SessionContext.Kind.ASSUMED_ROLE, "sess-" + sessionName, "Role",
                roleId, roleArn, account, sessionName, NOW, NOW.plusSeconds(3600), false, null, sessionPolicy,
                null, null, null, null, "arn:aws:iam::" + account + ":user/bob");
        return new Caller("AssumedRole", roleId + ":" + sessionName,
                "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + sessionName, account, "ASIA" + roleId,
                context);
    }

    private void role(String account, String roleId, String name, String trust, Map<String, String> bound) {
        view.apply(new dev.idcenter.events.iam.role.RoleDeleted(account, roleId, name));
        view.apply(new RoleCreated(account, roleId, name, "/", trust, null, 3600, null, List.of(), NOW));
        view.apply(new RoleTrustPrincipalsBound(account, roleId, bound));
    }

    private void allowUser(String account, String userId, String action, String resource) {
        view.apply(new UserInlinePolicyPut(account, userId, "allow-" + action + resource, allow(action, resource)));
    }

    private static String allow(String action, String resource) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"%s","Resource":"%s"}]}"""
                .formatted(action, resource);
    }

    private static String trust(String principal, String... actions) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},"Action":[%s]}]}"""
                .formatted(principal, String.join(",", java.util.Arrays.stream(actions).map(a -> "\"" + a + "\"").toList()));
    }

    private static ObjectNode assume(String roleArn) {
        return new ObjectMapper().createObjectNode().put("RoleArn", roleArn).put("RoleSessionName", "s");
    }

    private void assertAllowed(Caller caller, String service, String operation, ObjectNode input) {
        assertThatCode(() -> authorize(caller, service, operation, input)).doesNotThrowAnyException();
    }

    private void assertDenied(Caller caller, String service, String operation, ObjectNode input, String message) {
        assertThatThrownBy(() -> authorize(caller, service, operation, input))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isIn("AccessDenied", "AccessDeniedException");
                    assertThat(e.getMessage()).contains(message);
                    if ("AssumeRole".equals(operation)) {
                        // STS-7: one plain sentence, whatever failed: nothing tells a missing role from distrust.
                        assertThat(e.getMessage()).doesNotContain("Encoded").doesNotContain("because");
                    }
                });
    }

    private void authorize(Caller caller, String service, String operation, ObjectNode input) {
        ServiceModel model = SERVICES.bySigningName(service).orElseThrow();
        OperationCall call = new OperationCall(model, model.operation(operation).orElseThrow());
        authorizer.authorize(new ApiCall("req-1", NOW, caller, "us-east-1", "192.0.2.1", "test"), call, input);
    }
}
