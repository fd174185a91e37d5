package id.infoloker.verification.console;

import id.infoloker.identity.StoredDocument;
import java.time.Duration;
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

/**
 * The person's uploaded files, read from account-service with the verifier's own token (forwarded as is), so that
 * account-service authorises and audits the staff read itself. Nothing is cached or stored here.
 */
@Component
class AccountDocuments {

    private static final Logger log = LoggerFactory.getLogger(AccountDocuments.class);

    private final RestClient http;

    AccountDocuments(@Value("${infoloker.services.account:}") String accountServiceUrl,
                     @Value("${infoloker.security.jwks-uri}") String jwksUri) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().baseUrl(baseUrl(accountServiceUrl, jwksUri)).requestFactory(requests)
                .build();
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

    /**
     * The files on record, typed by the contract ({@link StoredDocument}, checked on both sides against its JSON
     * example), or empty if account-service cannot list them (not available, or an error).
     */
    Optional<List<StoredDocument>> list(UUID accountId, String authorization) {
        try {
            StoredDocument[] body = http.get().uri("/api/accounts/{id}/documents", accountId)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(StoredDocument[].class);
            return Optional.of(body == null ? List.of() : List.of(body));
        } catch (RestClientException e) {
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
}
