package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountType;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The owner's own status (GET /api/verification/me) and the staff statistics. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class OwnerAndStatisticsIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    StaffApi api;

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    private WebTestClient.BodyContentSpec me(UUID owner, String language) {
        return api.raw().get().uri("/api/verification/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(owner, "JOB_SEEKER"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void theOwnerSeesWaitingForDocumentsThenTheirPlaceInTheQueueThenTheDecision() {
        UUID owner = UUID.randomUUID();
        Registrations.publish(json, Registrations.jobSeeker(owner, "Rina", Instant.parse("1992-01-01T00:00:00Z")),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(owner).isPresent());

        me(owner, "id")
                .jsonPath("$.status").isEqualTo("AWAITING_DOCUMENTS")
                .jsonPath("$.statusLabel").isEqualTo("Menunggu dokumen")
                .jsonPath("$.missingDocuments").isEqualTo(List.of("KTP", "IJAZAH", "CV", "PAS_FOTO"))
                .jsonPath("$.position").doesNotExist();

        // Someone decided something recently, so there is a rate to estimate from.
        Registrations.registerAndAwaitCase(json, cases, Instant.parse("1980-01-01T00:00:00Z"));
        UUID verifier = UUID.randomUUID();
        var head = api.claimNext(verifier, "VERIFIER").expectStatus().isOk()
                .expectBody(id.infoloker.verification.cases.CaseView.class).returnResult().getResponseBody();
        api.decide(head.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();

        Registrations.submitDocuments(json, owner, AccountType.JOB_SEEKER, 1, Registrations.JOB_SEEKER_DOCUMENTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(owner).orElseThrow()
                .documentsComplete());
        me(owner, "id")
                .jsonPath("$.status").isEqualTo("AWAITING_VERIFICATION")
                .jsonPath("$.statusLabel").isEqualTo("Menunggu verifikasi")
                .jsonPath("$.position").isEqualTo(1)
                .jsonPath("$.estimate.minutes").value(Integer.class, minutes -> assertThat(minutes).isPositive())
                .jsonPath("$.estimate.basis").value(String.class, basis ->
                        assertThat(basis).contains("keputusan petugas").contains("posisi Anda (1)"));
        me(owner, "en").jsonPath("$.statusLabel").isEqualTo("Waiting for verification");

        VerificationCase mine = cases.findByAccountId(owner).orElseThrow();
        UUID second = UUID.randomUUID();
        api.claimNext(second, "VERIFIER").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(mine.id().toString());
        me(owner, "id").jsonPath("$.inReview").isEqualTo(true).jsonPath("$.position").isEqualTo(0);
        api.decide(mine.id(), second, "VERIFIER", """
                {"outcome":"REVISION_REQUESTED","note":"Foto KTP buram","documentsToRedo":["KTP"]}
                """).expectStatus().isOk();
        me(owner, "id")
                .jsonPath("$.status").isEqualTo("REVISION_REQUESTED")
                .jsonPath("$.statusLabel").isEqualTo("Revisi diminta")
                .jsonPath("$.documentsToRedo").isEqualTo(List.of("KTP"))
                .jsonPath("$.note").isEqualTo("Foto KTP buram");
    }

    @Test
    void anAccountWithoutACaseGets404AndNoTokenGets401() {
        api.raw().get().uri("/api/verification/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "EMPLOYER"))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("no-verification-case");
        api.raw().get().uri("/api/verification/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void staffSeeStatisticsAndOnlyAdminsSeeThemPerVerifier() {
        UUID verifier = UUID.randomUUID();
        Registrations.registerAndAwaitCase(json, cases, Instant.parse("1981-01-01T00:00:00Z"));
        var claimed = api.claimNext(verifier, "VERIFIER").expectStatus().isOk()
                .expectBody(id.infoloker.verification.cases.CaseView.class).returnResult().getResponseBody();
        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();

        api.get("/api/verification/statistics", UUID.randomUUID(), "VERIFIER").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.queue.byType.JOB_SEEKER.waiting").exists()
                .jsonPath("$.queue.byType.EMPLOYER.awaitingDocuments").exists()
                .jsonPath("$.queue.oldestWaitingSeconds").exists()
                .jsonPath("$.decisions.lastHour").value(Integer.class, count -> assertThat(count).isPositive())
                .jsonPath("$.medianRegistrationToDecisionSeconds").value(Long.class,
                        median -> assertThat(median).isNotNegative())
                .jsonPath("$.decisions.perVerifier").doesNotExist();
        api.get("/api/verification/statistics", UUID.randomUUID(), "ADMIN").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decisions.perVerifier[?(@.verifierId == '" + verifier + "')].decisionsLastHour")
                .isEqualTo(List.of(1));
        api.get("/api/verification/statistics", UUID.randomUUID(), "JOB_SEEKER").expectStatus().isForbidden();

        // Every listener adds Kafka client metrics: the page is larger than WebTestClient's default 256 KB buffer.
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("verification_queue_depth{")
                        .contains("state=\"awaiting_documents\"")
                        .contains("verification_queue_oldest_age_seconds")
                        .contains("verification_decisions_last_hour")
                        .contains("verification_registration_to_decision_median_seconds"));
    }
}
