package dev.idcenter.protocol;

import org.junit.jupiter.api.Test;

import static dev.idcenter.protocol.TestRequests.IAM_AUTH;
import static dev.idcenter.protocol.TestRequests.form;
import static dev.idcenter.protocol.TestRequests.get;
import static dev.idcenter.protocol.TestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RoutingTest {

    private static final ServiceRegistry REGISTRY = CodecTestServer.REGISTRY;
    private final ProtocolCodec codec = new ProtocolCodec(REGISTRY);

    @Test
    void givenDefaultRegistry_whenListingServices_thenSixModelsBySigningName() {
        assertThat(REGISTRY.services()).extracting(ServiceModel::signingName)
                .containsExactly("iam", "sts", "organizations", "sso", "identitystore", "cloudtrail");
        ServiceModel iam = REGISTRY.bySigningName("iam").orElseThrow();
        assertThat(iam.protocol()).isEqualTo(Protocol.QUERY);
        assertThat(iam.apiVersion()).isEqualTo("2010-05-08");
        assertThat(iam.xmlNamespace()).isEqualTo("https://iam.amazonaws.com/doc/2010-05-08/");
        assertThat(iam.operation("CreateRole")).isPresent();
        ServiceModel sso = REGISTRY.bySigningName("sso").orElseThrow();
        assertThat(sso.name()).isEqualTo("sso-admin");
        assertThat(sso.protocol()).isEqualTo(Protocol.JSON);
        assertThat(sso.targetPrefix()).isEqualTo("SWBExternalService");
        assertThat(REGISTRY.bySigningName("s3")).isEmpty();
        assertThat(REGISTRY.bySigningName(null)).isEmpty();
    }

    @Test
    void givenEveryModelPattern_whenLoaded_thenJavaCompilesIt() {
        for (ServiceModel s : REGISTRY.services()) {
            for (Shape shape : s.shapes().values()) {
                if (shape.pattern().isPresent()) {
                    assertThat(shape.pattern).as(s.signingName() + " " + shape.name()).isNotNull();
                }
            }
        }
    }

    @Test
    void givenSupplementaryEscapes_whenMatching_thenCodePointsAboveBmpAccepted() {
        var p = ServiceRegistry.compilePattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+");
        assertThat(p.matcher("policy \uD83D\uDE00 ok\t").matches()).isTrue();
        assertThat(p.matcher("bad\u0001").matches()).isFalse();
        var surrogates = ServiceRegistry.compilePattern("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*");
        assertThat(surrogates.matcher("x \uD83D\uDE00").matches()).isTrue();
        assertThat(surrogates.matcher("\u0001").matches()).isFalse();
    }

    @Test
    void givenIamVersion_whenFormPost_thenRoutedToIam() {
        OperationCall call = codec.route(form("Action=CreateRole&Version=2010-05-08&RoleName=r"));

        assertThat(call.service().signingName()).isEqualTo("iam");
        assertThat(call.operation().name()).isEqualTo("CreateRole");
        assertThat(call.actionName()).isEqualTo("iam:CreateRole");
    }

    @Test
    void givenStsVersionInQueryString_whenPresignedGet_thenRoutedToSts() {
        OperationCall call = codec.route(get("Action=GetCallerIdentity&Version=2011-06-15"
                + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20250102%2Fus-east-1%2Fsts%2Faws4_request"));

        assertThat(call.actionName()).isEqualTo("sts:GetCallerIdentity");
    }

    @Test
    void givenNoVersion_whenAuthorizationScopeIsIam_thenRoutedByScope() {
        OperationCall call = codec.route(form("Action=ListRoles", "Authorization", IAM_AUTH));

        assertThat(call.actionName()).isEqualTo("iam:ListRoles");
    }

    @Test
    void givenNoVersion_whenPresignedCredentialScopeIsSts_thenRoutedByScope() {
        OperationCall call = codec.route(get("Action=GetCallerIdentity"
                + "&X-Amz-Credential=AKID%2F20250102%2Fus-east-1%2Fsts%2Faws4_request"));

        assertThat(call.actionName()).isEqualTo("sts:GetCallerIdentity");
    }

    @Test
    void givenUnknownAction_whenRouting_thenInvalidAction() {
        AwsErrorException e = catchThrowableOfType(
                () -> codec.route(form("Action=Frobnicate&Version=2010-05-08")), AwsErrorException.class);

        assertThat(e.code()).isEqualTo("InvalidAction");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Could not find operation Frobnicate for version 2010-05-08");
    }

    @Test
    void givenStsActionWithIamVersion_whenRouting_thenInvalidAction() {
        AwsErrorException e = catchThrowableOfType(
                () -> codec.route(form("Action=AssumeRole&Version=2010-05-08")), AwsErrorException.class);

        assertThat(e.code()).isEqualTo("InvalidAction");
        assertThat(e.getMessage()).isEqualTo("Could not find operation AssumeRole for version 2010-05-08");
    }

    @Test
    void givenNoAction_whenRouting_thenMissingAction() {
        AwsErrorException e = catchThrowableOfType(() -> codec.route(form("Version=2010-05-08")), AwsErrorException.class);

        assertThat(e.code()).isEqualTo("MissingAction");
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @Test
    void givenMalformedPercentEncoding_whenRouting_thenClientErrorWithoutJavaText() {
        AwsErrorException e = catchThrowableOfType(() -> codec.route(form("Action=%ZZ")), AwsErrorException.class);

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).doesNotContain("Exception");
    }

    @Test
    void givenJsonTargets_whenRouting_thenEachJsonServiceFound() {
        assertThat(codec.route(json("AWSOrganizationsV20161128.CreateAccount", "{}")).actionName())
                .isEqualTo("organizations:CreateAccount");
        assertThat(codec.route(json("SWBExternalService.CreatePermissionSet", "{}")).actionName())
                .isEqualTo("sso:CreatePermissionSet");
        assertThat(codec.route(json("AWSIdentityStore.CreateUser", "{}")).actionName())
                .isEqualTo("identitystore:CreateUser");
        assertThat(codec.route(json("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents", "{}"))
                .actionName()).isEqualTo("cloudtrail:LookupEvents");
    }

    @Test
    void givenUnknownJsonOperation_whenRouting_thenUnknownOperationException() {
        AwsErrorException e = catchThrowableOfType(() -> codec.route(json("AWSOrganizationsV20161128.Nope", "{}")),
                AwsErrorException.class);
        assertThat(e.code()).isEqualTo("UnknownOperationException");
        assertThat(e.httpStatus()).isEqualTo(400);

        AwsErrorException prefix = catchThrowableOfType(() -> codec.route(json("Bogus.CreateAccount", "{}")),
                AwsErrorException.class);
        assertThat(prefix.code()).isEqualTo("UnknownOperationException");

        AwsErrorException missing = catchThrowableOfType(() -> codec.route(json(null, "{}")), AwsErrorException.class);
        assertThat(missing.code()).isEqualTo("UnknownOperationException");
    }

    @Test
    void givenVariousRequests_whenServiceForErrors_thenBestGuessNeverThrows() {
        assertThat(codec.serviceForErrors(form("Action=X&Version=2011-06-15")).signingName()).isEqualTo("sts");
        assertThat(codec.serviceForErrors(form("Action=X", "Authorization", IAM_AUTH)).signingName()).isEqualTo("iam");
        assertThat(codec.serviceForErrors(json("SWBExternalService.Nope", "{")).signingName()).isEqualTo("sso");
        assertThat(codec.serviceForErrors(json("Bogus.Nope", "{")).protocol()).isEqualTo(Protocol.JSON);
        assertThat(codec.serviceForErrors(form("Action=%ZZ")).protocol()).isEqualTo(Protocol.QUERY);
        assertThat(codec.serviceForErrors(get("")).signingName()).isEqualTo("iam");
    }
}
