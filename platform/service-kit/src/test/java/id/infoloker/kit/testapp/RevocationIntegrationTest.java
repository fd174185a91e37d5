package id.infoloker.kit.testapp;

import static org.awaitility.Awaitility.await;

import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The kit's resource server refuses revoked access tokens as soon as the revocation arrives through Kafka. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class RevocationIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aRevokedSessionsTokenIsRefusedWithinSecondsWhileTheAccountsOtherSessionKeepsWorking() {
        UUID account = UUID.randomUUID();
        Instant issued = Instant.now().minusSeconds(60);
        String sessionId = UUID.randomUUID().toString();
        String revokedSession = TestTokens.forSession(account, sessionId, issued, "JOB_SEEKER");
        String otherSession = TestTokens.forSession(account, UUID.randomUUID().toString(), issued, "JOB_SEEKER");
        accepted(revokedSession);

        TestKafka.send(Topics.ACCESS_REVOKED, account.toString(), """
                {"accountId":"%s","sessionId":"%s","revokedBefore":"%s","reason":"logout"}"""
                .formatted(account, sessionId, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(revokedSession));
        accepted(otherSession);
    }

    @Test
    void revokingEverySessionRefusesTokensIssuedBeforeButNotOneIssuedAMillisecondAfter() {
        UUID account = UUID.randomUUID();
        // Within one second of the revocation: the whole-second iat alone could not tell these two apart.
        Instant revokedAt = Instant.now().minusMillis(200);
        String before = TestTokens.forSession(account, UUID.randomUUID().toString(), revokedAt.minusMillis(1));
        String after = TestTokens.forSession(account, UUID.randomUUID().toString(), revokedAt.plusMillis(1));

        TestKafka.send(Topics.ACCESS_REVOKED, account.toString(), """
                {"accountId":"%s","sessionId":null,"revokedBefore":"%s","reason":"password-reset"}"""
                .formatted(account, revokedAt));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(before));
        accepted(after);
    }

    @Test
    void suspensionAndErasureRefuseTheAccountsTokensButOtherStatusChangesDoNot() {
        UUID suspended = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID verified = UUID.randomUUID();
        String suspendedToken = TestTokens.forAccount(suspended, "EMPLOYER");
        String erasedToken = TestTokens.forAccount(erased, "JOB_SEEKER");
        String verifiedToken = TestTokens.forAccount(verified, "JOB_SEEKER");

        statusChanged(verified, "VERIFIED");
        statusChanged(suspended, "SUSPENDED");
        statusChanged(erased, "ERASED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            refused(suspendedToken);
            refused(erasedToken);
        });
        accepted(verifiedToken);
    }

    @Test
    void anUnreadableRevocationIsSkippedAndTheNextOneStillApplies() {
        UUID account = UUID.randomUUID();
        String token = TestTokens.forAccount(account, "JOB_SEEKER");
        TestKafka.send(Topics.ACCESS_REVOKED, account.toString(), "{not json");
        TestKafka.send(Topics.ACCESS_REVOKED, account.toString(), "{\"accountId\":\"%s\"}".formatted(account));

        TestKafka.send(Topics.ACCESS_REVOKED, account.toString(), """
                {"accountId":"%s","revokedBefore":"%s","reason":"disabled"}""".formatted(account, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(token));
    }

    private static void statusChanged(UUID account, String status) {
        TestKafka.send(Topics.ACCOUNT_STATUS_CHANGED, account.toString(), """
                {"accountId":"%s","accountType":"JOB_SEEKER","status":"%s","previousStatus":"VERIFIED",
                 "displayName":null,"reasonCode":null,"note":null,"documentsToRedo":[],"changedAt":"%s"}"""
                .formatted(account, status, Instant.now()));
    }

    /** Authenticated: the unknown path answers 404, not 401. */
    private void accepted(String token) {
        http().get().uri("/api/nothing-here").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound();
    }

    private void refused(String token) {
        http().get().uri("/api/nothing-here").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
