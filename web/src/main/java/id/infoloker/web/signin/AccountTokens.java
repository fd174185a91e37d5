package id.infoloker.web.signin;

import id.infoloker.web.backend.Backends;
import id.infoloker.web.session.SessionHandoff;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * account-service's sign-in, {@code POST /api/auth/token}: e-mail or phone and password in, the token pair out.
 * Refusals (401 invalid-credentials, 403 account-suspended, 429 too-many-attempts or a rate limit) are read here
 * rather than by {@link Backends}' default handler, because the form needs the Retry-After of a 429 as well as the
 * localised detail. A 5xx or an unreachable service still becomes {@code BackendUnavailable}.
 */
@Component
public class AccountTokens {

    private final Backends backends;
    private final JsonMapper json;

    AccountTokens(Backends backends, JsonMapper json) {
        this.backends = backends;
        this.json = json;
    }

    /** @throws SignInRefused when account-service says no */
    public SessionHandoff.Tokens signIn(String username, String password) {
        return backends.account().post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Credentials(username, password))
                .retrieve()
                .onStatus(status -> status.is4xxClientError(), (request, response) -> {
                    throw refusal(response);
                })
                .body(SessionHandoff.Tokens.class);
    }

    private SignInRefused refusal(ClientHttpResponse response) throws IOException {
        JsonNode problem;
        try (InputStream in = response.getBody()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            problem = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (RuntimeException unreadable) {
            problem = json.createObjectNode();
        }
        return new SignInRefused(response.getStatusCode().value(), text(problem, "code"), text(problem, "detail"),
                retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Long retryAfter(String header) {
        try {
            return header == null ? null : Math.max(1, Long.parseLong(header.strip()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }

    /** The request body; never printed with the password. */
    record Credentials(String username, String password) {

        @Override
        public String toString() {
            return "Credentials[password=<hidden>]";
        }
    }
}
