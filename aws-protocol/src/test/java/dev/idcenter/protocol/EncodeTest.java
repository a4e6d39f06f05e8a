package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EncodeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private final ProtocolCodec codec = new ProtocolCodec(KindsModel.REGISTRY);

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String body(HttpResponseData r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static final String EVERYTHING = """
            {"Named":["q"],"Name":"abc","Count":3,"Big":9999999999,"Ratio":1.5,"Flag":true,"When":"2025-01-02T03:04:05Z",
             "Data":"AQID","Secret":"xy","Color":"RED","Items":[{"Value":"b","Key":"a"},{"Key":"c"}],"Flat":["x","y"],
             "Renamed":"zz","Attrs":{"k":5},"Nested":{"Inner":{"Leaf":"deep"}},"NotInModel":"dropped","Doc":{"free":[1]}}""";

    @Test
    void givenEveryShapeKind_whenQuerySuccess_thenXmlInModelOrderWithWrappers() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.QUERY, "PutKinds"), tree(EVERYTHING), "rid-1");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("Content-Type", "text/xml").containsEntry("x-amzn-RequestId", "rid-1");
        assertThat(body(r)).isEqualTo(XML_DECL
                + "<PutKindsResponse xmlns=\"https://kinds.example/doc/2020-01-01/\"><PutKindsResult>"
                + "<Name>abc</Name><Count>3</Count><Big>9999999999</Big><Ratio>1.5</Ratio><Flag>true</Flag>"
                + "<When>2025-01-02T03:04:05Z</When><Data>AQID</Data><Secret>xy</Secret><Color>RED</Color>"
                + "<Items><member><Key>a</Key><Value>b</Value></member><member><Key>c</Key></member></Items>"
                + "<Flat>x</Flat><Flat>y</Flat><OtherName>zz</OtherName>"
                + "<Attrs><entry><key>k</key><value>5</value></entry></Attrs>"
                + "<Nested><Inner><Leaf>deep</Leaf></Inner></Nested><Named><item>q</item></Named><Doc></Doc>"
                + "</PutKindsResult><ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata></PutKindsResponse>");
    }

    @Test
    void givenSpecialCharacters_whenQuerySuccess_thenXmlEscaped() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.QUERY, "PutKinds"),
                tree("{\"Name\":\"<a> & \\\"b\\\" 'c'\\r\\n\\u0001\"}"), "<id>");

        assertThat(body(r)).contains("<Name>&lt;a&gt; &amp; \"b\" 'c'&#13;\n\uFFFD</Name>")
                .contains("<RequestId>&lt;id&gt;</RequestId>");
    }

    @Test
    void givenOperationWithoutOutput_whenQuerySuccess_thenOnlyResponseMetadata() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.QUERY, "Ping"), null, "rid-2");

        assertThat(body(r)).isEqualTo(XML_DECL + "<PingResponse xmlns=\"https://kinds.example/doc/2020-01-01/\">"
                + "<ResponseMetadata><RequestId>rid-2</RequestId></ResponseMetadata></PingResponse>");
    }

    @Test
    void givenEmptyOutputTree_whenQuerySuccess_thenEmptyResultElement() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.QUERY, "PutKinds"), null, "rid-3");

        assertThat(body(r)).contains("<PutKindsResult></PutKindsResult><ResponseMetadata>");
    }

    @Test
    void givenQueryError_whenEncoded_thenErrorResponseWithTypeCodeMessage() {
        HttpResponseData r = codec.error(KindsModel.QUERY,
                new AwsErrorException("NoSuchEntity", 404, "Role <x> & y not found"), "rid-4");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers()).containsEntry("Content-Type", "text/xml").containsEntry("x-amzn-RequestId", "rid-4");
        assertThat(body(r)).isEqualTo(XML_DECL + "<ErrorResponse xmlns=\"https://kinds.example/doc/2020-01-01/\">"
                + "<Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>Role &lt;x&gt; &amp; y not found</Message>"
                + "</Error><RequestId>rid-4</RequestId></ErrorResponse>");
    }

    @Test
    void givenServerFault_whenQueryErrorEncoded_thenTypeReceiver() {
        HttpResponseData r = codec.error(KindsModel.QUERY,
                new AwsErrorException("ServiceFailure", 500, "oops", false), "rid-5");

        assertThat(r.status()).isEqualTo(500);
        assertThat(body(r)).contains("<Type>Receiver</Type><Code>ServiceFailure</Code>");
    }

    @Test
    void givenModeledError_whenCreated_thenCodeAndStatusFromErrorTrait() {
        AwsErrorException e = KindsModel.QUERY.modeledError("KindsFault", "busy");
        assertThat(e.code()).isEqualTo("KindsFault");
        assertThat(e.httpStatus()).isEqualTo(409);

        AwsErrorException iam = CodecTestServer.REGISTRY.bySigningName("iam").orElseThrow()
                .modeledError("EntityAlreadyExistsException", "exists");
        assertThat(iam.code()).isEqualTo("EntityAlreadyExists");
        assertThat(iam.httpStatus()).isEqualTo(409);
    }

    @Test
    void givenOrganizationsErrors_whenEncoded_thenStatusFromTheModelAndReasonInTheBody() {
        ServiceModel organizations = CodecTestServer.REGISTRY.bySigningName("organizations").orElseThrow();

        // ServiceException is the model's only server fault; everything else is a client error (400).
        HttpResponseData fault = codec.error(organizations,
                new AwsErrorException("ServiceException", 400, "try later"), "rid-9");
        assertThat(fault.status()).isEqualTo(500);
        assertThat(organizations.modeledError("AWSOrganizationsNotInUseException", "no").httpStatus()).isEqualTo(400);
        assertThat(organizations.modeledError("ServiceException", "no").httpStatus()).isEqualTo(500);

        HttpResponseData violation = codec.error(organizations, new AwsErrorException("ConstraintViolationException",
                400, "too many").with("Reason", "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"), "rid-10");
        assertThat(violation.status()).isEqualTo(400);
        assertThat(body(violation)).isEqualTo("{\"__type\":\"ConstraintViolationException\",\"message\":\"too many\","
                + "\"Reason\":\"MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED\"}");
    }

    @Test
    void givenEveryShapeKind_whenJsonSuccess_thenEpochSecondsAndModelOrder() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.JSON, "PutKinds"), tree(EVERYTHING), "rid-6");

        assertThat(r.headers()).containsEntry("Content-Type", "application/x-amz-json-1.1")
                .containsEntry("x-amzn-RequestId", "rid-6");
        assertThat(body(r)).isEqualTo("{\"Name\":\"abc\",\"Count\":3,\"Big\":9999999999,\"Ratio\":1.5,\"Flag\":true,"
                + "\"When\":1735787045,\"Data\":\"AQID\",\"Secret\":\"xy\",\"Color\":\"RED\","
                + "\"Items\":[{\"Key\":\"a\",\"Value\":\"b\"},{\"Key\":\"c\"}],\"Flat\":[\"x\",\"y\"],\"OtherName\":\"zz\","
                + "\"Attrs\":{\"k\":5},\"Nested\":{\"Inner\":{\"Leaf\":\"deep\"}},\"Named\":[\"q\"],\"Doc\":{\"free\":[1]}}");
    }

    @Test
    void givenFractionalTimestamp_whenJsonSuccess_thenFractionalEpochSeconds() {
        HttpResponseData r = codec.success(KindsModel.call(KindsModel.JSON, "PutKinds"),
                tree("{\"When\":\"2025-01-02T03:04:05.250Z\"}"), "rid-7");

        assertThat(body(r)).isEqualTo("{\"When\":1735787045.25}");
    }

    @Test
    void givenNoOutput_whenJsonSuccess_thenEmptyObject() {
        assertThat(body(codec.success(KindsModel.call(KindsModel.JSON, "Ping"), null, "r"))).isEqualTo("{}");
    }

    @Test
    void givenJsonError_whenEncoded_thenTypeHeaderAndBody() {
        HttpResponseData r = codec.error(KindsModel.JSON,
                new AwsErrorException("ResourceNotFoundException", 400, "No \"thing\""), "rid-8");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers()).containsEntry("x-amzn-ErrorType", "ResourceNotFoundException")
                .containsEntry("Content-Type", "application/x-amz-json-1.1").containsEntry("x-amzn-RequestId", "rid-8");
        assertThat(body(r)).isEqualTo("{\"__type\":\"ResourceNotFoundException\",\"message\":\"No \\\"thing\\\"\"}");
    }

    @Test
    void givenRegistry_whenCoverageMarkdown_thenEveryOperationListedDeterministically() {
        String md = ApiCoverage.markdown(CodecTestServer.REGISTRY, Set.of("iam:CreateRole", "sts:GetCallerIdentity"));

        assertThat(md).contains("| iam | CreateRole | `iam:CreateRole` | implemented |")
                .contains("| iam | CreateUser | `iam:CreateUser` | not implemented |")
                .contains("| sso | CreatePermissionSet | `sso:CreatePermissionSet` | not implemented |")
                .contains("| sts | 2011-06-15 | awsQuery | 1 | 11 | 9.1% |");
        int total = CodecTestServer.REGISTRY.services().stream().mapToInt(s -> s.operations().size()).sum();
        assertThat(md.lines().filter(l -> l.endsWith("| implemented |") || l.endsWith("| not implemented |")))
                .hasSize(total);
        assertThat(md.indexOf("| cloudtrail |")).isLessThan(md.indexOf("| iam | AddClientIDToOpenIDConnectProvider"));
        assertThat(ApiCoverage.markdown(CodecTestServer.REGISTRY, Set.of("iam:CreateRole", "sts:GetCallerIdentity")))
                .isEqualTo(md);
    }
}
