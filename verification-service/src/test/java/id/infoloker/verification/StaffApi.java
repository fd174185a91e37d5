package id.infoloker.verification;

import id.infoloker.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the service over HTTP as a given account. */
final class StaffApi {

    private final WebTestClient http;

    StaffApi(int port) {
        // The Prometheus page outgrows the default 256 KB buffer as consumers (and their per-partition metrics) grow.
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    WebTestClient.ResponseSpec claimNext(UUID account, String role) {
        return http.post().uri("/api/verification/cases/claim-next")
                .header(HttpHeaders.AUTHORIZATION, bearer(account, role))
                .exchange();
    }

    WebTestClient.ResponseSpec decide(UUID caseId, UUID account, String role, String body) {
        return http.post().uri("/api/verification/cases/{id}/decision", caseId)
                .header(HttpHeaders.AUTHORIZATION, bearer(account, role))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec release(UUID caseId, UUID account, String role) {
        return http.post().uri("/api/verification/cases/{id}/release", caseId)
                .header(HttpHeaders.AUTHORIZATION, bearer(account, role))
                .exchange();
    }

    WebTestClient.ResponseSpec get(String uri, UUID account, String role) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer(account, role)).exchange();
    }

    WebTestClient raw() {
        return http;
    }

    static String bearer(UUID account, String role) {
        return "Bearer " + TestTokens.forAccount(account, role);
    }
}
