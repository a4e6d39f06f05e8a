package dev.idcenter.command.audit;

import dev.idcenter.command.api.ApiFrontDoor;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.OperationRegistry;
import dev.idcenter.protocol.HttpResponseData;
import dev.idcenter.protocol.ProtocolCodec;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.ServiceRegistry;
import dev.idcenter.protocol.sigv4.SigV4Verifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** AUDIT-1: no answer leaves without its audit record; when the record cannot be stored, the client is told so. */
class UnrecordedCallTest {

    @Test
    void givenAnAuditTrailThatCannotStore_whenACallIsAnswered_thenTheAnswerIsServiceUnavailableInstead() {
        AuditRecorder failing = new AuditRecorder(null, null) {
            @Override
            public void record(AuditedCall call) {
                throw new IllegalStateException("the database is down");
            }
        };
        ProtocolCodec codec = new ProtocolCodec(ServiceRegistry.loadDefault());
        SigV4Verifier<Caller> verifier = new SigV4Verifier<>(Clock.systemUTC(), (keyId, token) -> Optional.empty());
        ApiFrontDoor frontDoor = new ApiFrontDoor(codec, verifier, new OperationRegistry(List.of()),
                (call, operation, input) -> { }, failing, Clock.systemUTC());

        HttpResponseData answer = frontDoor.handle(new RawHttpRequest("POST", "/", "",
                Map.of("Host", List.of("localhost"), "Content-Type", List.of("application/x-www-form-urlencoded")),
                "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8), "127.0.0.1"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("ServiceUnavailable")
                .contains("audit trail");
    }
}
