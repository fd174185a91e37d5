package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventExamples;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class DecisionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataSeals seals;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    StaffApi api;

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    /** Makes sure a case waits, then claims the queue's head for {@code verifier}. */
    private CaseView claimACase(UUID verifier) {
        Registrations.registerAndAwaitCase(json, cases, Instant.now());
        return api.claimNext(verifier, "VERIFIER").expectStatus().isOk()
                .expectBody(CaseView.class).returnResult().getResponseBody();
    }

    @Test
    void anApprovalIsAuditedAndPublishedAsVerificationDecided() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);

        api.decide(claimed.id(), verifier, "VERIFIER", """
                        {"outcome":"APPROVED","reasonCode":"DUPLIKAT","note":"  Data lengkap.  "}
                        """)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("APPROVED")
                .jsonPath("$.reasonCode").doesNotExist()
                .jsonPath("$.note").isEqualTo("Data lengkap.")
                .jsonPath("$.decidedBy").isEqualTo(verifier.toString());

        ConsumerRecord<String, String> published = TestKafka.readUntil(Topics.VERIFICATION_DECIDED,
                record -> claimed.accountId().toString().equals(record.key()));
        assertThat(published.value()).as("the note travels sealed with the person's key")
                .doesNotContain("Data lengkap").contains("\"personalData\":\"pdp1.");
        VerificationDecided decided = seals.open(json.readValue(published.value(), VerificationDecided.class));
        assertThat(decided.caseId()).isEqualTo(claimed.id());
        assertThat(decided.accountId()).isEqualTo(claimed.accountId());
        assertThat(decided.outcome()).isEqualTo(VerificationOutcome.APPROVED);
        assertThat(decided.reasonCode()).isNull();
        assertThat(decided.note()).isEqualTo("Data lengkap.");
        assertThat(decided.documentsToRedo()).isEmpty();
        assertThat(decided.decidedBy()).isEqualTo(verifier);
        assertThat(TestKafka.header(published, EventHeaders.EVENT_ID)).isPresent();
        // Producer side of the contract: the same fields as the example consumers test against.
        assertThat(json.readTree(published.value()).propertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        json.readTree(EventExamples.jsonOf(Topics.VERIFICATION_DECIDED)).propertyNames());

        assertThat(cases.findById(claimed.id()).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_decision WHERE case_id = ?", Long.class,
                claimed.id())).isEqualTo(1L);
    }

    @Test
    void theDecisionAuditCannotBeRewritten() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);
        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"REJECTED\",\"reasonCode\":\"NIK_TIDAK_VALID\"}")
                .expectStatus().isOk();

        assertThatThrownBy(() -> jdbc.update("UPDATE verification_decision SET outcome = 'APPROVED' WHERE case_id = ?",
                claimed.id())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM verification_decision WHERE case_id = ?", claimed.id()))
                .hasMessageContaining("append-only");
    }

    @Test
    void aDecisionByAVerifierWhoDidNotClaimTheCaseIsAConflict() {
        CaseView claimed = claimACase(UUID.randomUUID());

        api.decide(claimed.id(), UUID.randomUUID(), "VERIFIER", "{\"outcome\":\"APPROVED\"}")
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("case-not-claimed")
                .jsonPath("$.title").isEqualTo("Kasus tidak sedang Anda tangani");
        assertThat(cases.findById(claimed.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLAIMED);
    }

    @Test
    void aSecondDecisionOnTheSameCaseIsAConflict() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);
        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();

        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"REJECTED\",\"reasonCode\":\"DUPLIKAT\"}")
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anUnknownRejectionReasonIsABadRequestNamingReasonCode() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);

        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"REJECTED\",\"reasonCode\":\"MALAS\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("unknown-reason")
                .jsonPath("$.errors[0].field").isEqualTo("reasonCode")
                .jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).contains("MALAS").contains("DATA_TIDAK_SESUAI"));
        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"REJECTED\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasonCode");
        api.decide(claimed.id(), verifier, "VERIFIER", "{\"outcome\":\"MAYBE\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("outcome");
        assertThat(cases.findById(claimed.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLAIMED);
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);

        api.raw().post().uri("/api/verification/cases/{id}/decision", claimed.id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + id.infoloker.testkit.TestTokens.forAccount(verifier,
                        "VERIFIER"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\":\"REVISION_REQUESTED\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("documents-required")
                .jsonPath("$.title").isEqualTo("Documents to redo are required")
                .jsonPath("$.errors[0].field").isEqualTo("documentsToRedo");
    }

    @Test
    void aRevisionRequestIsPublishedAndReSubmittedDocumentsPutTheCaseBackInTheQueue() {
        UUID verifier = UUID.randomUUID();
        CaseView claimed = claimACase(verifier);

        api.decide(claimed.id(), verifier, "VERIFIER", """
                        {"outcome":"REVISION_REQUESTED","note":"Foto KTP buram","documentsToRedo":["KTP","KTP"]}
                        """)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.documentsToRedo").isEqualTo(List.of("KTP"));
        VerificationDecided decided = json.readValue(TestKafka.readUntil(Topics.VERIFICATION_DECIDED,
                record -> claimed.accountId().toString().equals(record.key())).value(), VerificationDecided.class);
        assertThat(decided.outcome()).isEqualTo(VerificationOutcome.REVISION_REQUESTED);
        assertThat(decided.documentsToRedo()).containsExactly("KTP");

        TestKafka.send(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, claimed.accountId().toString(),
                json.writeValueAsString(new AccountDocumentsSubmitted(claimed.accountId(), AccountType.JOB_SEEKER,
                        List.of("KTP"), 2, Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(cases.findById(claimed.id()).orElseThrow().status()).isEqualTo(CaseStatus.PENDING));
    }

    @Test
    void rejectionReasonsAreListedWithTheirLabels() {
        api.get("/api/verification/rejection-reasons", UUID.randomUUID(), "VERIFIER")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'NIK_TIDAK_VALID')].label").isEqualTo(List.of("NIK tidak valid"))
                .jsonPath("$[?(@.code == 'LAINNYA')].noteRequired").isEqualTo(List.of(true));
    }
}
