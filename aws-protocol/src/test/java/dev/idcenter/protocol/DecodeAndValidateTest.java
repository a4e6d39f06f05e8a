package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static dev.idcenter.protocol.TestRequests.form;
import static dev.idcenter.protocol.TestRequests.get;
import static dev.idcenter.protocol.TestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecodeAndValidateTest {

    private final ProtocolCodec kinds = new ProtocolCodec(KindsModel.REGISTRY);
    private final ProtocolCodec real = new ProtocolCodec(CodecTestServer.REGISTRY);
    private final OperationCall queryPut = KindsModel.call(KindsModel.QUERY, "PutKinds");
    private final OperationCall jsonPut = KindsModel.call(KindsModel.JSON, "PutKinds");

    private ObjectNode decodeQuery(String body) {
        return kinds.decodeInput(queryPut, form(body));
    }

    private AwsErrorException queryError(String body) {
        return catchThrowableOfType(() -> decodeQuery(body), AwsErrorException.class);
    }

    private AwsErrorException jsonError(String body) {
        return catchThrowableOfType(() -> kinds.decodeInput(jsonPut, json("JKinds.PutKinds", body)),
                AwsErrorException.class);
    }

    // ------------------------------------------------------------------ awsQuery decoding

    @Test
    void givenEveryShapeKind_whenQueryDecoded_thenTreeKeyedByMemberNames() {
        ObjectNode tree = decodeQuery("Action=PutKinds&Version=2020-01-01&Name=abc&Count=3&Big=9999999999&Ratio=1.5"
                + "&Flag=TRUE&When=2025-01-02T03%3A04%3A05%2B01%3A00&Data=AQID&Secret=xy&Color=RED"
                + "&Items.member.1.Key=a&Items.member.1.Value=b&Items.member.2.Key=c"
                + "&Flat.1=x&Flat.2=y&OtherName=zz&Attrs.entry.1.key=k&Attrs.entry.1.value=5"
                + "&Attrs.entry.2.key=m&Attrs.entry.2.value=6"
                + "&Nested.Inner.Leaf=deep&Named.item.1=q&Choice.A=a&Unknown=ignored&X-Amz-Date=20250102T000000Z");

        assertThat(tree.toString()).isEqualTo("{\"Name\":\"abc\",\"Count\":3,\"Big\":9999999999,\"Ratio\":1.5,"
                + "\"Flag\":true,\"When\":\"2025-01-02T02:04:05Z\",\"Data\":\"AQID\",\"Secret\":\"xy\",\"Color\":\"RED\","
                + "\"Items\":[{\"Key\":\"a\",\"Value\":\"b\"},{\"Key\":\"c\"}],\"Flat\":[\"x\",\"y\"],\"Renamed\":\"zz\","
                + "\"Attrs\":{\"k\":5,\"m\":6},\"Nested\":{\"Inner\":{\"Leaf\":\"deep\"}},\"Named\":[\"q\"],"
                + "\"Choice\":{\"A\":\"a\"}}");
    }

    @Test
    void givenListIndicesOutOfOrder_whenQueryDecoded_thenOrderedByIndex() {
        ObjectNode tree = decodeQuery("Name=abc&Items.member.2.Key=second&Items.member.1.Key=first");

        assertThat(tree.get("Items").toString()).isEqualTo("[{\"Key\":\"first\"},{\"Key\":\"second\"}]");
    }

    @Test
    void givenEmptyListParameter_whenQueryDecoded_thenEmptyArray() {
        assertThat(decodeQuery("Name=abc&Items=").get("Items").size()).isZero();
    }

    @Test
    void givenQueryStringAndBody_whenDecoded_thenMerged() {
        var request = new RawHttpRequest("POST", "/", "Name=abc", java.util.Map.of("Content-Type",
                java.util.List.of("application/x-www-form-urlencoded")), "Count=2".getBytes(), "127.0.0.1");

        assertThat(kinds.decodeInput(queryPut, request).toString()).isEqualTo("{\"Name\":\"abc\",\"Count\":2}");
    }

    @Test
    void givenEncodedCharacters_whenQueryDecoded_thenPercentAndPlusDecoded() {
        ObjectNode tree = real.decodeInput(real.route(form("Action=CreateRole&Version=2010-05-08&RoleName=a%2Bb"
                + "&AssumeRolePolicyDocument=%7B%22a%22%3A+1%7D")), form("Action=CreateRole&Version=2010-05-08"
                + "&RoleName=a%2Bb&AssumeRolePolicyDocument=%7B%22a%22%3A+1%7D"));

        assertThat(tree.get("RoleName").asText()).isEqualTo("a+b");
        assertThat(tree.get("AssumeRolePolicyDocument").asText()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void givenMalformedScalars_whenQueryDecoded_thenValidationErrorNamesEachField() {
        AwsErrorException e = queryError("Count=abc&Flag=maybe&When=yesterday&Data=%21%21");

        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("5 validation errors detected: "
                + "Value null at 'name' failed to satisfy constraint: Member must not be null; "
                + "Value 'abc' at 'count' failed to satisfy constraint: Member must be a valid integer; "
                + "Value 'maybe' at 'flag' failed to satisfy constraint: Member must be a boolean (true or false); "
                + "Value 'yesterday' at 'when' failed to satisfy constraint: Member must be a timestamp in ISO-8601 format; "
                + "Value '!!' at 'data' failed to satisfy constraint: Member must be valid base64");
    }

    @Test
    void givenIamMaxItemsNotANumber_whenDecoded_thenValidationErrorNamesMaxItems() {
        String body = "Action=ListRoles&Version=2010-05-08&MaxItems=abc";
        AwsErrorException e = catchThrowableOfType(() -> real.decodeInput(real.route(form(body)), form(body)),
                AwsErrorException.class);

        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value 'abc' at 'maxItems' failed to "
                + "satisfy constraint: Member must be a valid integer");
    }

    @Test
    void givenOutOfRangeInteger_whenQueryDecoded_thenTypeError() {
        assertThat(queryError("Name=abc&Count=99999999999").getMessage())
                .contains("Value '99999999999' at 'count' failed to satisfy constraint: Member must be a valid integer");
    }

    @Test
    void givenTypeErrorInListItem_whenQueryDecoded_thenReportedWithItemPath() {
        assertThat(queryError("Name=abc&Attrs.entry.1.key=k&Attrs.entry.1.value=x").getMessage())
                .isEqualTo("1 validation error detected: Value 'x' at 'attrs.entry.1.value' failed to satisfy "
                        + "constraint: Member must be a valid integer");
    }

    // ------------------------------------------------------------------ validation

    @Test
    void givenEveryConstraintViolated_whenQueryDecoded_thenAllViolationsInModelOrder() {
        AwsErrorException e = queryError("Name=ABCDEFGHIJ&Count=0&Data=AQIDBAU%3D&Secret=toolong&Color=BLUE"
                + "&Items.member.1.Key=a&Items.member.2.Value=b&Items.member.3.Key=c"
                + "&Attrs.entry.1.key=k&Attrs.entry.1.value=11&Choice.A=a&Choice.B=2");

        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.getMessage()).isEqualTo("10 validation errors detected: "
                + "Value 'ABCDEFGHIJ' at 'name' failed to satisfy constraint: Member must have length less than or equal to 8; "
                + "Value 'ABCDEFGHIJ' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+; "
                + "Value '0' at 'count' failed to satisfy constraint: Member must have value greater than or equal to 1; "
                + "Value 'AQIDBAU=' at 'data' failed to satisfy constraint: Member must have length less than or equal to 4; "
                + "Value '***' at 'secret' failed to satisfy constraint: Member must have length less than or equal to 3; "
                + "Value 'BLUE' at 'color' failed to satisfy constraint: Member must satisfy enum value set: [RED, GREEN]; "
                + "Value '[{Key=a}, {Value=b}, {Key=c}]' at 'items' failed to satisfy constraint: Member must have length less than or equal to 2; "
                + "Value null at 'items.2.member.key' failed to satisfy constraint: Member must not be null; "
                + "Value '11' at 'attrs.entry.1.value' failed to satisfy constraint: Member must have value less than or equal to 10; "
                + "Value '{A=a, B=2}' at 'choice' failed to satisfy constraint: Member must have exactly one member set");
    }

    @Test
    void givenRealIamCreateRole_whenTagKeyMissingAndNameTooLong_thenAwsShapedMessage() {
        String name = "r".repeat(65);
        String body = "Action=CreateRole&Version=2010-05-08&RoleName=" + name
                + "&Tags.member.1.Value=v";
        AwsErrorException e = catchThrowableOfType(() -> real.decodeInput(real.route(form(body)), form(body)),
                AwsErrorException.class);

        assertThat(e.getMessage()).isEqualTo("3 validation errors detected: "
                + "Value '" + name + "' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64; "
                + "Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void givenSensitiveStsToken_whenTooShort_thenValueMasked() {
        String body = "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr"
                + "&RoleSessionName=sess&WebIdentityToken=abc";
        AwsErrorException e = catchThrowableOfType(() -> real.decodeInput(real.route(form(body)), form(body)),
                AwsErrorException.class);

        assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value '***' at 'webIdentityToken' failed "
                + "to satisfy constraint: Member must have length greater than or equal to 4");
        assertThat(e.getMessage()).doesNotContain("abc");
    }

    @Test
    void givenValidInput_whenGetRequestPresigned_thenDecodedFromQueryString() {
        var request = get("Action=GetRole&Version=2010-05-08&RoleName=admin&X-Amz-Signature=abc");
        assertThat(real.decodeInput(real.route(request), request).toString()).isEqualTo("{\"RoleName\":\"admin\"}");
    }

    // ------------------------------------------------------------------ JSON 1.1 decoding

    @Test
    void givenEveryShapeKind_whenJsonDecoded_thenTimestampsBecomeIsoAndLocationNamesResolved() {
        ObjectNode tree = kinds.decodeInput(jsonPut, json("JKinds.PutKinds", """
                {"Name":"abc","Count":3,"Big":9999999999,"Ratio":1.5,"Flag":false,"When":1735787045.5,"Data":"AQID",
                 "Items":[{"Key":"a"}],"Flat":["x"],"OtherName":"zz","Attrs":{"k":5},"Nested":{"Inner":{"Leaf":"deep"}},
                 "Doc":{"any":[1,{"x":null}]},"Unknown":{"ignored":true},"Secret":null}"""));

        assertThat(tree.toString()).isEqualTo("{\"Name\":\"abc\",\"Count\":3,\"Big\":9999999999,\"Ratio\":1.5,"
                + "\"Flag\":false,\"When\":\"2025-01-02T03:04:05.500Z\",\"Data\":\"AQID\",\"Items\":[{\"Key\":\"a\"}],"
                + "\"Flat\":[\"x\"],\"Renamed\":\"zz\",\"Attrs\":{\"k\":5},\"Nested\":{\"Inner\":{\"Leaf\":\"deep\"}},"
                + "\"Doc\":{\"any\":[1,{\"x\":null}]}}");
    }

    @Test
    void givenEmptyBody_whenJsonDecoded_thenTreatedAsEmptyObjectAndRequiredReported() {
        AwsErrorException e = jsonError("");

        assertThat(e.code()).isEqualTo("ValidationException");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value null at 'name' failed to satisfy "
                + "constraint: Member must not be null");
        assertThat(kinds.decodeInput(KindsModel.call(KindsModel.JSON, "Ping"), json("JKinds.Ping", ""))).isEmpty();
    }

    @Test
    void givenMalformedOrMistypedJson_whenDecoded_thenSerializationException() {
        for (String body : new String[]{"{", "[]", "{\"Name\":5}", "{\"Name\":\"a\",\"Count\":\"3\"}",
                "{\"Name\":\"a\",\"Count\":1.5}", "{\"Name\":\"a\",\"Items\":{}}", "{\"Name\":\"a\",\"Flag\":\"true\"}",
                "{\"Name\":\"a\",\"When\":true}", "{\"Name\":\"a\"} trailing", "{\"Name\":\"a\",\"Count\":99999999999}",
                "{\"Name\":\"a\",\"Data\":\"!!\"}"}) {
            AwsErrorException e = jsonError(body);
            assertThat(e).as(body).isNotNull();
            assertThat(e.code()).as(body).isEqualTo("SerializationException");
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception");
        }
    }

    @Test
    void givenJsonViolations_whenDecoded_thenValidationExceptionWithPaths() {
        AwsErrorException e = jsonError("{\"Name\":\"a\",\"Items\":[{\"Key\":\"ok\"},{\"Value\":\"UP\"}],\"Attrs\":{\"BAD\":1}}");

        assertThat(e.code()).isEqualTo("ValidationException");
        assertThat(e.getMessage()).isEqualTo("3 validation errors detected: "
                + "Value null at 'items.2.member.key' failed to satisfy constraint: Member must not be null; "
                + "Value 'UP' at 'items.2.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+; "
                + "Value 'BAD' at 'attrs.entry.1.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+");
    }

    @Test
    void givenRealOrganizationsCreateAccount_whenDecoded_thenValidAndEnumChecked() {
        var ok = json("AWSOrganizationsV20161128.CreateAccount",
                "{\"Email\":\"a@example.com\",\"AccountName\":\"dev\",\"IamUserAccessToBilling\":\"ALLOW\"}");
        assertThat(real.decodeInput(real.route(ok), ok).get("IamUserAccessToBilling").asText()).isEqualTo("ALLOW");

        var bad = json("AWSOrganizationsV20161128.CreateAccount",
                "{\"Email\":\"a@example.com\",\"AccountName\":\"dev\",\"IamUserAccessToBilling\":\"MAYBE\"}");
        AwsErrorException e = catchThrowableOfType(() -> real.decodeInput(real.route(bad), bad), AwsErrorException.class);
        assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value 'MAYBE' at 'iamUserAccessToBilling' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [ALLOW, DENY]");
    }
}
