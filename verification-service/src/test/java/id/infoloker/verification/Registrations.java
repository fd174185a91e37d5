package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Test data: registrations as account-service publishes them, and waiting for their case. */
final class Registrations {

    static AccountRegistered jobSeeker(UUID accountId, String name, Instant registeredAt) {
        return new AccountRegistered(accountId, AccountType.JOB_SEEKER, name, "pencaker@example.id",
                "+6281234567890", "id", "321501",
                new AccountRegistered.JobSeeker("3215014506990001", "Karawang", LocalDate.of(1999, 6, 5), "F", "SMK"),
                null, registeredAt);
    }

    static RecordMetadata publish(JsonMapper json, AccountRegistered registered, String eventId) {
        return TestKafka.send(Topics.ACCOUNT_REGISTERED, registered.accountId().toString(),
                json.writeValueAsString(registered), eventId);
    }

    static final List<String> JOB_SEEKER_DOCUMENTS = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");

    /**
     * Registers a job seeker through Kafka, submits every required document (only complete cases are offered to
     * staff) and waits until the case is complete; returns it.
     */
    static VerificationCase registerAndAwaitCase(JsonMapper json, CaseRepository cases, Instant registeredAt) {
        UUID accountId = UUID.randomUUID();
        publish(json, jobSeeker(accountId, "Pencaker " + accountId.toString().substring(0, 8), registeredAt),
                UUID.randomUUID().toString());
        submitDocuments(json, accountId, AccountType.JOB_SEEKER, 1, JOB_SEEKER_DOCUMENTS);
        return await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(accountId).orElse(null),
                found -> found != null && found.documentsComplete());
    }

    /** Publishes account.documents-submitted.v1 as account-service does. */
    static RecordMetadata submitDocuments(JsonMapper json, UUID accountId, AccountType type, int submission,
                                          List<String> types) {
        return TestKafka.send(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, accountId.toString(),
                json.writeValueAsString(new AccountDocumentsSubmitted(accountId, type, types, submission,
                        Instant.now())));
    }

    static AccountRegistered employer(UUID accountId, String company, String nib, String npwp, Instant registeredAt) {
        return new AccountRegistered(accountId, AccountType.EMPLOYER, company, "hrd@example.id", "+62267123456", "id",
                "321503", null, new AccountRegistered.Employer(company, nib, npwp, "Bapak Hendra"), registeredAt);
    }

    static AccountRegistered jobSeeker(UUID accountId, String name, String nik, LocalDate birthDate, String sex,
                                       String kecamatan, Instant registeredAt) {
        return new AccountRegistered(accountId, AccountType.JOB_SEEKER, name, "pencaker@example.id",
                "+6281234567890", "id", kecamatan,
                new AccountRegistered.JobSeeker(nik, "Karawang", birthDate, sex, "SMK"), null, registeredAt);
    }

    static void assertOneCase(JdbcTemplate jdbc, UUID accountId) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_case WHERE account_id = ?", Long.class,
                accountId)).isEqualTo(1L);
    }

    private Registrations() {
    }
}
