package id.infoloker.account.privacy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services' parts of a person's export, fetched with the person's own token (each service answers only
 * for the token's subject). A part that cannot be fetched says so ({@code "unavailable": true}) instead of silently
 * missing from the bundle.
 */
@Component
class ServiceExports {

    private static final Logger log = LoggerFactory.getLogger(ServiceExports.class);

    private final RestClient http;
    private final JsonMapper json;
    private final Map<String, String> parts = new LinkedHashMap<>();

    ServiceExports(JsonMapper json,
                   @Value("${infoloker.services.verification:http://localhost:8083}") String verification,
                   @Value("${infoloker.services.vacancy:http://localhost:8082}") String vacancy,
                   @Value("${infoloker.services.notification:http://localhost:8084}") String notification) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = json;
        parts.put("verification", verification + "/api/verification/me/export");
        parts.put("applications", vacancy + "/api/applications/mine/export");
        parts.put("notifications", notification + "/api/notifications/me/export");
    }

    /** Each service's part, by name; {@code authorization} is the caller's own {@code Bearer} header. */
    Map<String, JsonNode> of(String authorization) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        parts.forEach((name, url) -> {
            try {
                JsonNode part = http.get().uri(url).header(HttpHeaders.AUTHORIZATION, authorization)
                        .header(HttpHeaders.ACCEPT, "application/json").retrieve().body(JsonNode.class);
                found.put(name, part);
            } catch (RestClientException e) {
                log.warn("Export part {} could not be fetched ({})", name, e.getClass().getSimpleName());
                found.put(name, json.createObjectNode().put("unavailable", true));
            }
        });
        return found;
    }
}
