package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        return KafkaTestSupport.send(Topics.ACCOUNT_REGISTERED, registered.accountId().toString(),
                json.writeValueAsString(registered), eventId);
    }

    /** Registers a job seeker through Kafka and waits for the case; returns it. */
    static VerificationCase registerAndAwaitCase(JsonMapper json, CaseRepository cases, Instant registeredAt) {
        UUID accountId = UUID.randomUUID();
        publish(json, jobSeeker(accountId, "Pencaker " + accountId.toString().substring(0, 8), registeredAt),
                UUID.randomUUID().toString());
        return await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(accountId).orElse(null),
                found -> found != null);
    }

    static void assertOneCase(JdbcTemplate jdbc, UUID accountId) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_case WHERE account_id = ?", Long.class,
                accountId)).isEqualTo(1L);
    }

    private Registrations() {
    }
}
