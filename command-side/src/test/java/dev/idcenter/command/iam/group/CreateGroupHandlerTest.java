package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.protocol.AwsErrorException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** IAM-5: at most 300 groups per account; the quota is checked before any command is sent. */
class CreateGroupHandlerTest {

    @Test
    void givenAccountAtTheGroupQuota_whenCreateGroup_thenLimitExceededAndNothingSent() {
        ApiCall call = new ApiCall("r-1", Instant.EPOCH,
                new Caller("Root", "123456789012", "arn:aws:iam::123456789012:root", "123456789012", "AKIAIOSFODNN7EXAMPLE"),
                "us-east-1", "127.0.0.1", "test");
        UserSupport users = mock(UserSupport.class);
        when(users.groupExists(any(), anyString())).thenReturn(false);
        when(users.groupCount(any())).thenReturn(300L);
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("GroupName", "one-too-many");

        assertThatThrownBy(() -> new CreateGroupHandler(users, Clock.systemUTC()).handle(call, input))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("LimitExceeded");
                    assertThat(e.getMessage()).isEqualTo("Cannot exceed quota for GroupsPerAccount: 300.");
                });
        verify(users, never()).sendToGroup(any(), anyString());
    }
}
