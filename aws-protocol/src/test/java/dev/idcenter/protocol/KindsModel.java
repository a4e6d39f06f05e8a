package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A small synthetic model that has every shape kind and serialization trait, in both protocols. */
final class KindsModel {

    private static final String SHAPES = """
            {
              "KindsInput":{"type":"structure","required":["Name"],"members":{
                "Name":{"shape":"NameType"},"Count":{"shape":"CountType"},"Big":{"shape":"LongType"},
                "Ratio":{"shape":"DoubleType"},"Flag":{"shape":"BoolType"},"When":{"shape":"TimeType"},
                "Data":{"shape":"BlobType"},"Secret":{"shape":"SecretType"},"Color":{"shape":"ColorType"},
                "Items":{"shape":"ItemList"},"Flat":{"shape":"FlatList"},
                "Renamed":{"shape":"NameType","locationName":"OtherName"},
                "Attrs":{"shape":"AttrMap"},"Nested":{"shape":"Nested"},"Named":{"shape":"NamedList"},
                "Choice":{"shape":"Choice"},"Doc":{"shape":"Doc"}}},
              "NameType":{"type":"string","min":1,"max":8,"pattern":"[a-z]+"},
              "CountType":{"type":"integer","min":1,"max":10},
              "LongType":{"type":"long"},
              "DoubleType":{"type":"double"},
              "BoolType":{"type":"boolean"},
              "TimeType":{"type":"timestamp"},
              "BlobType":{"type":"blob","max":4},
              "SecretType":{"type":"string","max":3,"sensitive":true},
              "ColorType":{"type":"string","enum":["RED","GREEN"]},
              "ItemList":{"type":"list","member":{"shape":"Item"},"max":2},
              "Item":{"type":"structure","required":["Key"],"members":{"Key":{"shape":"NameType"},"Value":{"shape":"NameType"}}},
              "FlatList":{"type":"list","member":{"shape":"NameType"},"flattened":true},
              "NamedList":{"type":"list","member":{"shape":"NameType","locationName":"item"}},
              "AttrMap":{"type":"map","key":{"shape":"NameType"},"value":{"shape":"CountType"},"max":3},
              "Nested":{"type":"structure","members":{"Inner":{"shape":"Nested"},"Leaf":{"shape":"NameType"}}},
              "Choice":{"type":"structure","union":true,"members":{"A":{"shape":"NameType"},"B":{"shape":"CountType"}}},
              "Doc":{"type":"structure","members":{},"document":true},
              "KindsFault":{"type":"structure","members":{"message":{"shape":"NameType"}},"exception":true,
                "error":{"code":"KindsFault","httpStatusCode":409,"senderFault":true}}
            }""";

    static final ServiceRegistry REGISTRY = ServiceRegistry.of(List.of(
            model("""
                    {"apiVersion":"2020-01-01","endpointPrefix":"kinds","protocol":"query",
                     "xmlNamespace":"https://kinds.example/doc/2020-01-01/","signatureVersion":"v4"}"""),
            model("""
                    {"apiVersion":"2021-01-01","endpointPrefix":"jkinds","protocol":"json","jsonVersion":"1.1",
                     "targetPrefix":"JKinds","signingName":"jk","signatureVersion":"v4"}""")));

    static final ServiceModel QUERY = REGISTRY.bySigningName("kinds").orElseThrow();
    static final ServiceModel JSON = REGISTRY.bySigningName("jk").orElseThrow();

    private KindsModel() {
    }

    private static JsonNode model(String metadata) {
        String text = """
                {"metadata":%s,
                 "operations":{
                   "PutKinds":{"name":"PutKinds","http":{"method":"POST","requestUri":"/"},"input":{"shape":"KindsInput"},
                     "output":{"shape":"KindsInput","resultWrapper":"PutKindsResult"},"errors":[{"shape":"KindsFault"}]},
                   "Ping":{"name":"Ping","http":{"method":"POST","requestUri":"/"}}},
                 "shapes":%s}""".formatted(metadata, SHAPES);
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static OperationCall call(ServiceModel service, String operation) {
        return new OperationCall(service, service.operation(operation).orElseThrow());
    }
}
