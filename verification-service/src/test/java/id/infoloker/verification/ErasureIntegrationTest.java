package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ErasureIntegrationTest {

    private static final String NIK = "3215016708950003";
    private static final String NAME = "Sari Wulandari Erasa";
    /** Another person's NIK, free again once they are erased. */
    private static final String FREED_NIK = "3215015708960004";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    StaffApi api;

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    @Test
    void anErasedPersonsClaimedCaseIsWithdrawnForgottenNeverClaimableAndItsAuditKeptUnderAPseudonym() {
        UUID person = UUID.randomUUID();
        // Registered long ago, so the case is the queue's head whatever other tests left waiting.
        Registrations.publish(json, Registrations.jobSeeker(person, NAME, NIK, LocalDate.of(1995, 8, 27), "F",
                "321501", Instant.parse("2001-01-01T00:00:00Z")), UUID.randomUUID().toString());
        Registrations.submitDocuments(json, person, AccountType.JOB_SEEKER, 1, Registrations.JOB_SEEKER_DOCUMENTS);
        VerificationCase waiting = await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findByAccountId(person).orElse(null), c -> c != null && c.documentsComplete());
        UUID first = UUID.randomUUID();
        CaseView claimed = api.claimNext(first, "VERIFIER").expectStatus().isOk().expectBody(CaseView.class)
                .returnResult().getResponseBody();
        assertThat(claimed.id()).isEqualTo(waiting.id());
        api.decide(claimed.id(), first, "VERIFIER", """
                {"outcome":"REVISION_REQUESTED","documentsToRedo":["KTP"],"note":"KTP Sari Wulandari Erasa buram"}
                """).expectStatus().isOk();
        Registrations.submitDocuments(json, person, AccountType.JOB_SEEKER, 2, List.of("KTP"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "PENDING".equals(statusOf(waiting.id())));
        UUID holder = UUID.randomUUID();
        assertThat(api.claimNext(holder, "VERIFIER").expectStatus().isOk().expectBody(CaseView.class)
                .returnResult().getResponseBody().id()).isEqualTo(waiting.id());

        erase(person);

        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(statusOf(waiting.id())));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM verification_case WHERE id = ?", waiting.id());
        assertThat(row.get("account_id")).isNotEqualTo(person);
        for (String personal : List.of("display_name", "nik", "email", "phone", "birth_place", "birth_date", "sex",
                "education", "claimed_by")) {
            assertThat(row.get(personal)).as(personal).isNull();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_check WHERE case_id = ?", Long.class,
                waiting.id())).isZero();
        Map<String, Object> decision = jdbc.queryForMap("SELECT * FROM verification_decision WHERE case_id = ?",
                waiting.id());
        assertThat(decision.get("account_id")).as("the audit's pseudonym is the case's").isEqualTo(row.get("account_id"));
        assertThat(decision.get("note")).isNull();
        assertThat(decision.get("outcome")).isEqualTo("REVISION_REQUESTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_case WHERE nik = ? OR display_name = ?",
                Long.class, NIK, NAME)).isZero();

        // The holder's approval is refused; nobody is offered the case again; the person's token is refused.
        api.decide(waiting.id(), holder, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isEqualTo(409);
        for (int i = 0; i < 3; i++) {
            api.claimNext(UUID.randomUUID(), "VERIFIER").expectBody(String.class)
                    .value(body -> assertThat(String.valueOf(body)).doesNotContain(waiting.id().toString()));
        }
        api.get("/api/verification/me", person, "JOB_SEEKER").expectStatus().isUnauthorized();
    }

    @Test
    void aRegistrationReplayedAfterTheErasureOpensNoCaseAndTheNikCountsForNobody() {
        UUID person = UUID.randomUUID();
        Registrations.publish(json, Registrations.jobSeeker(person, NAME, FREED_NIK, LocalDate.of(1996, 8, 17), "F",
                "321501", Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(person).isPresent());
        erase(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(person).isEmpty());

        // The same registration again under a new event id (the inbox's marks pruned, a replay from offset 0).
        Registrations.publish(json, Registrations.jobSeeker(person, NAME, FREED_NIK, LocalDate.of(1996, 8, 17), "F",
                "321501", Instant.now()), UUID.randomUUID().toString());
        Registrations.submitDocuments(json, person, AccountType.JOB_SEEKER, 3, Registrations.JOB_SEEKER_DOCUMENTS);
        UUID someoneElse = UUID.randomUUID();
        Registrations.publish(json, Registrations.jobSeeker(someoneElse, "Orang Lain", FREED_NIK, LocalDate.of(1996, 8, 17),
                "F", "321501", Instant.now()), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(someoneElse).isPresent());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> cases.findByAccountId(person).isEmpty());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM submitted_documents WHERE account_id = ?", Long.class,
                person)).isZero();
        String duplicateCheck = jdbc.queryForObject("""
                SELECT verdict FROM case_check WHERE code = 'NIK_DUPLICATE'
                AND case_id = (SELECT id FROM verification_case WHERE account_id = ?)""", String.class, someoneElse);
        assertThat(duplicateCheck).as("the erased person's NIK is free again").isEqualTo("PASS");
    }

    private void erase(UUID person) {
        TestKafka.send(Topics.ACCOUNT_STATUS_CHANGED, person.toString(), json.writeValueAsString(
                new AccountStatusChanged(person, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                        AccountStatus.PENDING_VERIFICATION, null, null, null, List.of(), Instant.now())));
    }

    private String statusOf(UUID caseId) {
        return jdbc.queryForObject("SELECT status FROM verification_case WHERE id = ?", String.class, caseId);
    }
}
