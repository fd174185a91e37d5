package id.infoloker.verification.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's uploaded files, read from account-service with the verifier's own token (forwarded as is), so that
 * account-service authorises and audits the staff read itself. Nothing is cached or stored here.
 */
@Component
class AccountDocuments {

    private static final Logger log = LoggerFactory.getLogger(AccountDocuments.class);

    private final RestClient http;
    private final JsonMapper json;

    AccountDocuments(@Value("${infoloker.services.account:}") String accountServiceUrl,
                     @Value("${infoloker.security.jwks-uri}") String jwksUri, JsonMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().baseUrl(baseUrl(accountServiceUrl, jwksUri)).requestFactory(requests)
                .build();
        this.json = json;
    }

    /**
     * Where account-service is: the property, or else the host of the JWKS (account-service serves it), so that a
     * stack started with only the JWKS address (e.g. the devstack on shifted ports) still finds it.
     */
    static String baseUrl(String configured, String jwksUri) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        int wellKnown = jwksUri.indexOf("/.well-known/");
        return wellKnown > 0 ? jwksUri.substring(0, wellKnown) : "http://localhost:8081";
    }

    /** The files on record, or empty if account-service cannot list them (not available, or an error). */
    Optional<List<DocumentFile>> list(UUID accountId, String authorization) {
        try {
            String body = http.get().uri("/api/accounts/{id}/documents", accountId)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(String.class);
            return Optional.of(parse(body == null ? "[]" : body));
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            log.info("Documents of account {} not listed by account-service: {}", accountId,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** One file's bytes and type. */
    ResponseEntity<byte[]> fetch(UUID accountId, String documentId, String authorization) {
        return http.get().uri("/api/accounts/{id}/documents/{documentId}", accountId, documentId)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .retrieve().toEntity(byte[].class);
    }

    /** Accepts a plain array or an object with items/documents; field names as account-service is likely to use. */
    private List<DocumentFile> parse(String body) {
        JsonNode root = json.readTree(body);
        JsonNode items = root.isArray() ? root : root.has("items") ? root.get("items") : root.get("documents");
        List<DocumentFile> files = new ArrayList<>();
        if (items == null || !items.isArray()) {
            return files;
        }
        for (JsonNode item : items) {
            String id = text(item, "id", "documentId");
            if (id != null) {
                files.add(new DocumentFile(id, text(item, "type", "documentType"),
                        text(item, "contentType", "mediaType"), text(item, "fileName", "filename")));
            }
        }
        return files;
    }

    private static String text(JsonNode item, String... names) {
        for (String name : names) {
            JsonNode value = item.get(name);
            if (value != null && !value.isNull()) {
                return value.asString();
            }
        }
        return null;
    }

    record DocumentFile(String id, String type, String contentType, String fileName) {

        public boolean image() {
            return contentType != null && contentType.startsWith("image/");
        }

        public boolean pdf() {
            return "application/pdf".equals(contentType);
        }
    }
}
