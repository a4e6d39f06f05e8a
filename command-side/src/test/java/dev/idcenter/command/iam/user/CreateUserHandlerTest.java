package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.iam.policy.PermissionsBoundaries;
import dev.idcenter.command.api.Caller;
import dev.idcenter.protocol.AwsErrorException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** CreateUser refuses before sending any command: a taken name (IAM-1), the 5000 users quota (IAM-5). */
class CreateUserHandlerTest {

    private static final ApiCall CALL = new ApiCall("r-1", Instant.EPOCH,
            new Caller("Root", "123456789012", "arn:aws:iam::123456789012:root", "123456789012", "AKIAIOSFODNN7EXAMPLE"),
            "us-east-1", "127.0.0.1", "test");

    @Test
    void givenAccountAtTheUserQuota_whenCreateUser_thenLimitExceededAndNothingSent() {
        UserSupport users = mock(UserSupport.class);
        when(users.userExists(any(), anyString())).thenReturn(false);
        when(users.userCount(any())).thenReturn(5000L);
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("UserName", "one-too-many");

        assertThatThrownBy(() -> new CreateUserHandler(users, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), mock(PermissionsBoundaries.class)).handle(CALL, input))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("LimitExceeded");
                    assertThat(e.getMessage())
                            .isEqualTo("Cannot exceed quota for UsersPerAccount: 5000.");
                });
        verify(users, never()).sendToUser(any(), anyString());
    }

    @Test
    void givenExistingName_whenCreateUser_thenEntityAlreadyExistsAndNothingSent() {
        UserSupport users = mock(UserSupport.class);
        when(users.userExists(any(), anyString())).thenReturn(true);
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("UserName", "Alice");

        assertThatThrownBy(() -> new CreateUserHandler(users, Clock.systemUTC(), mock(PermissionsBoundaries.class)).handle(CALL, input))
                .isInstanceOfSatisfying(AwsErrorException.class, e ->
                        assertThat(e.code()).isEqualTo("EntityAlreadyExists"));
        verify(users, never()).sendToUser(any(), anyString());
    }
}
