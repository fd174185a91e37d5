package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountIdentityCorrectionRequested.Identity;
import id.infoloker.events.EventExamples;
import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** "Koreksi data": account-service's correction event reopens the account's case with old and new values. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class IdentityCorrectionIntakeTest {

    private static final String OLD_NIK = "3215014506990001";
    private static final String NEW_NIK = "3215014506990777";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCorrectionReopensTheDecidedCaseWithTheNewValuesAndTheOldOnesBesideThem() {
        VerificationCase original = Registrations.registerAndAwaitCase(json, cases, Instant.now().minusSeconds(3600));
        UUID verifier = UUID.randomUUID();
        StaffApi staff = new StaffApi(port);
        staff.raw().post().uri("/api/verification/cases/{id}/assign?verifierId={v}", original.id(), verifier)
                .header("Authorization", StaffApi.bearer(UUID.randomUUID(), "ADMIN")).exchange()
                .expectStatus().isNoContent();
        staff.decide(original.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();

        RecordMetadata sent = publish(correction(original.accountId(), original.displayName(), "Siti Nurhalizah"));
        TestKafka.awaitConsumed("verification-service", sent);

        VerificationCase reopened = cases.findById(original.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(reopened.outcome()).isNull();
        assertThat(reopened.displayName()).isEqualTo("Siti Nurhalizah");
        assertThat(reopened.nik()).isEqualTo(NEW_NIK);
        assertThat(reopened.registeredAt()).as("keeps its place in the queue").isEqualTo(original.registeredAt());
        assertThat(jdbc.queryForMap("SELECT * FROM case_correction WHERE case_id = ?", original.id()))
                .containsEntry("reason_code", "KOREKSI_DATA")
                .containsEntry("previous_name", original.displayName())
                .containsEntry("previous_nik", OLD_NIK);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_decision WHERE case_id = ?", Long.class,
                original.id())).as("the first decision stays in the audit").isEqualTo(1L);

        // The reopened case is offered again and its page shows the reason and the old values.
        UUID next = UUID.randomUUID();
        staff.raw().post().uri("/api/verification/cases/{id}/assign?verifierId={v}", original.id(), next)
                .header("Authorization", StaffApi.bearer(UUID.randomUUID(), "ADMIN")).exchange()
                .expectStatus().isNoContent();
        String page = staff.get("/console/cases/" + original.id(), next, "VERIFIER").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("id=\"correction\"", "koreksi data", "Nama sebelumnya", original.displayName(),
                OLD_NIK, "Siti Nurhalizah", NEW_NIK);
        String notHolding = staff.get("/console/cases/" + original.id(), UUID.randomUUID(), "VERIFIER")
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(notHolding).contains("id=\"correction\"").doesNotContain(OLD_NIK).doesNotContain(NEW_NIK);
    }

    @Test
    void theExampleEventReadsAndACorrectionForAnAccountWithoutCaseIsDeadLetteredNotLost() {
        AccountIdentityCorrectionRequested example = json.readValue(
                EventExamples.jsonOf(Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED),
                AccountIdentityCorrectionRequested.class);
        UUID unknown = UUID.randomUUID();

        publish(new AccountIdentityCorrectionRequested(unknown, example.accountType(), example.previous(),
                example.corrected(), example.reasonCode(), example.requestedAt()));

        assertThat(TestKafka.readUntil(Topics.deadLetterOf(Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED),
                record -> unknown.toString().equals(record.key())).value()).contains("KOREKSI_DATA");
    }

    private static AccountIdentityCorrectionRequested correction(UUID accountId, String oldName, String newName) {
        LocalDate born = LocalDate.of(1999, 6, 5);
        return new AccountIdentityCorrectionRequested(accountId, id.infoloker.events.AccountType.JOB_SEEKER,
                new Identity(oldName, OLD_NIK, "Karawang", born, "F"),
                new Identity(newName, NEW_NIK, "Karawang", born, "F"), "KOREKSI_DATA", Instant.now());
    }

    private RecordMetadata publish(AccountIdentityCorrectionRequested event) {
        return TestKafka.send(Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED, event.accountId().toString(),
                json.writeValueAsString(event), UUID.randomUUID().toString());
    }
}
