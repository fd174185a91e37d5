package id.infoloker.notification;

import static org.awaitility.Awaitility.await;

import id.infoloker.testkit.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the service over HTTP as the owner of an account. */
final class OwnerApi {

    private final WebTestClient http;

    OwnerApi(int port) {
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    WebTestClient.ResponseSpec mine(UUID account, String language) {
        return http.get().uri("/api/notifications/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(account, "JOB_SEEKER"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange();
    }

    Mine mine(UUID account) {
        return mine(account, "id").expectStatus().isOk().expectBody(Mine.class).returnResult().getResponseBody();
    }

    /** Waits until the account has at least {@code count} notifications; returns them. */
    Mine awaitAtLeast(UUID account, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mine(account), mine -> mine.items().size() >= count);
    }

    WebTestClient.ResponseSpec markRead(UUID account, UUID notification) {
        return http.post().uri("/api/notifications/{id}/read", notification)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(account, "JOB_SEEKER"))
                .exchange();
    }

    WebTestClient.ResponseSpec preferences(UUID account, String role) {
        return http.get().uri("/api/notifications/preferences")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(account, role))
                .exchange();
    }

    WebTestClient.ResponseSpec putPreferences(UUID account, String role, String json) {
        return http.put().uri("/api/notifications/preferences")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(account, role))
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue(json)
                .exchange();
    }

    /** Email and SMS on, optionally with job alerts (a JSON array). */
    void enableAllChannels(UUID account, String alertsJson) {
        putPreferences(account, "JOB_SEEKER", "{\"email\":true,\"sms\":true,\"alerts\":" + alertsJson + "}")
                .expectStatus().isOk();
    }

    WebTestClient.ResponseSpec deliveries(String role, String status) {
        return http.get().uri("/api/notifications/deliveries?status={status}", status)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(UUID.randomUUID(), role))
                .exchange();
    }

    WebTestClient.ResponseSpec retryDelivery(String role, UUID delivery) {
        return http.post().uri("/api/notifications/deliveries/{id}/retry", delivery)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(UUID.randomUUID(), role))
                .exchange();
    }

    WebTestClient raw() {
        return http;
    }

    record Mine(long unread, List<Item> items) {
    }

    record Item(UUID id, String title, String body, String link, java.time.Instant createdAt, boolean read) {
    }
}
