package id.infoloker.verification.console;

import id.infoloker.kit.problem.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * account-service's staff administration API and the staff's own second factor, called with the signed-in person's
 * token as it came (account-service decides who may do what: ADMIN for staff administration). Its refusals become
 * the same {@link ProblemException}, so the console's error page explains them; an unreachable service is a 503.
 */
@Component
class AccountStaff {

    /** A staff account as account-service lists it. */
    record Member(UUID accountId, String type, String name, String email, String status, boolean enabled,
                  boolean secondFactor, boolean mustChangePassword) {
    }

    /** A second factor waiting for its first code. */
    record Enrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "Enrolment[secret=<hidden>]";
        }
    }

    private final RestClient http;
    private final JsonMapper json;

    AccountStaff(@Value("${infoloker.services.account:}") String accountServiceUrl,
                 @Value("${infoloker.security.jwks-uri}") String jwksUri, JsonMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().baseUrl(AccountDocuments.baseUrl(accountServiceUrl, jwksUri))
                .requestFactory(requests).build();
        this.json = json;
    }

    List<Member> list(String authorization) {
        Member[] members = call(() -> http.get().uri("/api/accounts/staff")
                .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(Member[].class));
        return members == null ? List.of() : List.of(members);
    }

    Map<String, Boolean> secondFactorRequirements(String authorization) {
        JsonNode answer = call(() -> http.get().uri("/api/accounts/staff/second-factor-requirements")
                .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class));
        Map<String, Boolean> required = new java.util.LinkedHashMap<>();
        for (String type : List.of("VERIFIER", "ADMIN")) {
            required.put(type, answer != null && answer.path(type).isBoolean() && answer.path(type).asBoolean());
        }
        return required;
    }

    void requireSecondFactor(String type, boolean required, String authorization) {
        call(() -> http.put().uri("/api/accounts/staff/second-factor-requirements")
                .header(HttpHeaders.AUTHORIZATION, authorization).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", type, "required", required)).retrieve().toBodilessEntity());
    }

    void create(String type, String name, String email, String password, String authorization) {
        call(() -> http.post().uri("/api/accounts/staff")
                .header(HttpHeaders.AUTHORIZATION, authorization).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", type, "name", name, "email", email, "password", password))
                .retrieve().toBodilessEntity());
    }

    /** {@code action}: disable, enable. */
    void post(UUID staffId, String action, String authorization) {
        call(() -> http.post().uri("/api/accounts/staff/{id}/{action}", staffId, action)
                .header(HttpHeaders.AUTHORIZATION, authorization).retrieve().toBodilessEntity());
    }

    String resetPassword(UUID staffId, String authorization) {
        return call(() -> http.post().uri("/api/accounts/staff/{id}/password-reset", staffId)
                .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class).path("temporaryPassword").asString());
    }

    void changeRole(UUID staffId, String type, String authorization) {
        call(() -> http.put().uri("/api/accounts/staff/{id}/role", staffId)
                .header(HttpHeaders.AUTHORIZATION, authorization).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", type)).retrieve().toBodilessEntity());
    }

    void removeSecondFactor(UUID staffId, String authorization) {
        call(() -> http.delete().uri("/api/accounts/staff/{id}/second-factor", staffId)
                .header(HttpHeaders.AUTHORIZATION, authorization).retrieve().toBodilessEntity());
    }

    Enrolment enrol(String authorization) {
        return call(() -> http.post().uri("/api/accounts/me/second-factor")
                .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(Enrolment.class));
    }

    void confirm(String code, String authorization) {
        call(() -> http.post().uri("/api/accounts/me/second-factor/confirm")
                .header(HttpHeaders.AUTHORIZATION, authorization).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().toBodilessEntity());
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().is4xxClientError()) {
                throw new ProblemException(HttpStatus.valueOf(refused.getStatusCode().value()), codeOf(refused));
            }
            throw unavailable();
        } catch (RestClientException unreachable) {
            throw unavailable();
        }
    }

    private String codeOf(RestClientResponseException refused) {
        try {
            JsonNode node = json.readTree(refused.getResponseBodyAsByteArray()).path("code");
            String code = node.isString() ? node.asString() : "";
            return code.matches("[a-z0-9-]{1,60}") ? code : "console-error";
        } catch (RuntimeException unreadable) {
            return "console-error";
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "account-service-unavailable");
    }
}
