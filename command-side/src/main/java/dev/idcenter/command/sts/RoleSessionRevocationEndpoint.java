package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.credentials.TemporaryAccessKeyIds;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.queries.sts.FindSessionLineage;
import dev.idcenter.queries.sts.SessionView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.sigv4.SigV4Verifier;
import jakarta.servlet.http.HttpServletRequest;
import dev.idcenter.command.iam.CommandResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The direct form of "revoke every session of role R issued before T" (ADR 0006), beside AWS's own way (an
 * {@code aws:TokenIssueTime} deny policy on the role). {@code POST /idc/sts/revoke-role-sessions}, a form body
 * {@code RoleArn=...[&IssuedBefore=ISO-8601]} (default: now), signed with SigV4 (service {@code sts}) by the root
 * user's long-term key of the role's account: no AWS operation exists for it, so no IAM action can grant it yet.
 * Effective on the next call of every session it ends; recorded as {@code RoleSessionsRevoked}. Likewise one session
 * by its access key id: {@code POST /idc/sts/revoke-session}, {@code AccessKeyId=ASIA...} ({@code SessionRevoked}).
 */
@RestController
public class RoleSessionRevocationEndpoint {

    public static final String PATH = "/idc/sts/revoke-role-sessions";
    public static final String SESSION_PATH = "/idc/sts/revoke-session";
    private static final Logger LOG = LoggerFactory.getLogger(RoleSessionRevocationEndpoint.class);
    private final SigV4Verifier<Caller> verifier;
    private final AssumableRoles roles;
    private final CommandResults commands;
    private final Clock clock;
    private final QueryGateway queries;
    private final EventStoreHead head;

    public RoleSessionRevocationEndpoint(SigV4Verifier<Caller> verifier, AssumableRoles roles, CommandResults commands,
                                         Clock clock, QueryGateway queries, EventStoreHead head) {
        this.verifier = verifier;
        this.roles = roles;
        this.commands = commands;
        this.clock = clock;
        this.queries = queries;
        this.head = head;
    }

    @PostMapping(path = PATH)
    public ResponseEntity<String> revoke(HttpServletRequest request) throws IOException {
        return answer(request, (caller, form) -> {
            String roleArn = form.get("RoleArn");
            if (roleArn == null || !AssumableRoles.wellFormed(roleArn)) {
                throw StsErrors.validation("RoleArn must be the ARN of an IAM role.");
            }
            Instant now = clock.instant();
            Instant issuedBefore = issuedBefore(form.get("IssuedBefore"), now);
            AssumableRoles.AssumableRole role = roles.find(roleArn)
                    .filter(r -> isRootOf(caller, r.accountId()))
                    .orElseThrow(() -> notAuthorized(caller, roleArn));
            commands.send(new RevokeRoleSessions(role.roleId(), role.accountId(), role.arn(), issuedBefore, now, caller.arn()));
            return JsonNodeFactory.instance.objectNode().put("RoleArn", role.arn()).put("IssuedBefore", issuedBefore.toString());
        });
    }

    /** One session, named by its temporary access key id ({@code AccessKeyId=ASIA...}). */
    @PostMapping(path = SESSION_PATH)
    public ResponseEntity<String> revokeSession(HttpServletRequest request) throws IOException {
        return answer(request, (caller, form) -> {
            String accessKeyId = form.get("AccessKeyId");
            if (accessKeyId == null || !accessKeyId.startsWith(TemporaryAccessKeyIds.PREFIX)) {
                throw StsErrors.validation("AccessKeyId must be the access key id of temporary credentials (ASIA...).");
            }
            SessionView session = queries.query(new FindSessionLineage(accessKeyId, head.position()),
                            ResponseTypes.multipleInstancesOf(SessionView.class)).join().stream()
                    .findFirst()
                    .filter(s -> isRootOf(caller, s.accountId()))
                    .orElseThrow(() -> notAuthorized(caller, accessKeyId));
            commands.send(new RevokeSession(session.sessionId(), clock.instant(), caller.arn()));
            return JsonNodeFactory.instance.objectNode().put("AccessKeyId", accessKeyId);
        });
    }

    private interface Revocation {
        ObjectNode revoke(Caller caller, Map<String, String> form);
    }

    /** Authenticates the request (SigV4), runs the revocation, answers JSON; errors in AWS's JSON shape, no stack trace. */
    private ResponseEntity<String> answer(HttpServletRequest request, Revocation revocation) throws IOException {
        try {
            byte[] body = request.getInputStream().readNBytes(64 * 1024);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
            Caller caller = verifier.verify(new RawHttpRequest(request.getMethod(), request.getRequestURI(),
                    request.getQueryString(), headers, body, request.getRemoteAddr())).principal();
            ObjectNode answer = revocation.revoke(caller, form(new String(body, StandardCharsets.UTF_8)));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.toString());
        } catch (AwsErrorException e) {
            ObjectNode error = JsonNodeFactory.instance.objectNode().put("__type", e.code()).put("message", e.getMessage());
            return ResponseEntity.status(e.httpStatus()).contentType(MediaType.APPLICATION_JSON).body(error.toString());
        } catch (RuntimeException e) {
            LOG.error("Revoking sessions failed", e);
            ObjectNode error = JsonNodeFactory.instance.objectNode().put("__type", "InternalFailure")
                    .put("message", "The request processing has failed because of an unknown error.");
            return ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON).body(error.toString());
        }
    }

    /** Until an IAM action can grant it, only the root user's long-term key of the account may revoke. */
    private static boolean isRootOf(Caller caller, String accountId) {
        return "Root".equals(caller.type()) && !caller.temporary() && accountId.equals(caller.accountId());
    }

    /** The same answer whether the role or session exists or not: no existence oracle. */
    private static AwsErrorException notAuthorized(Caller caller, String resource) {
        return new AwsErrorException("AccessDenied", 403, "User: " + caller.arn()
                + " is not authorized to revoke the sessions of " + resource);
    }


    private static Instant issuedBefore(String value, Instant now) {
        if (value == null) {
            return now;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw StsErrors.validation("IssuedBefore must be an ISO-8601 instant such as 2026-03-01T12:00:00Z.");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
