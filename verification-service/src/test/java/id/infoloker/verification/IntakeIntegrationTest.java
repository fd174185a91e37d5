package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.SubmittedDocumentsRepository;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class IntakeIntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    SubmittedDocumentsRepository documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameEventDeliveredTwiceOpensOneCase() {
        UUID accountId = UUID.randomUUID();
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AccountRegistered registered = Registrations.jobSeeker(accountId, "Siti Nurhaliza", registeredAt);
        String eventId = UUID.randomUUID().toString();

        Registrations.publish(json, registered, eventId);
        RecordMetadata redelivery = Registrations.publish(json, registered, eventId);
        TestKafka.awaitConsumed("verification-service", redelivery);

        Registrations.assertOneCase(jdbc, accountId);
        VerificationCase opened = cases.findByAccountId(accountId).orElseThrow();
        assertThat(opened.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(opened.accountType()).isEqualTo(AccountType.JOB_SEEKER);
        assertThat(opened.displayName()).isEqualTo("Siti Nurhaliza");
        assertThat(opened.kecamatanCode()).isEqualTo("321501");
        assertThat(opened.registeredAt()).isEqualTo(registeredAt);
        assertThat(opened.claimedBy()).isNull();
    }

    @Test
    void twoDifferentEventsForTheSameAccountStillOpenOneCase() {
        UUID accountId = UUID.randomUUID();
        Instant registeredAt = Instant.now();
        Registrations.publish(json, Registrations.jobSeeker(accountId, "Budi Santoso", registeredAt),
                UUID.randomUUID().toString());
        RecordMetadata second = Registrations.publish(json,
                Registrations.jobSeeker(accountId, "Budi Santoso (lagi)", registeredAt.plusSeconds(5)),
                UUID.randomUUID().toString());
        TestKafka.awaitConsumed("verification-service", second);

        Registrations.assertOneCase(jdbc, accountId);
        assertThat(cases.findByAccountId(accountId).orElseThrow().displayName()).isEqualTo("Budi Santoso");
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() {
        String notJsonKey = "not-json-" + UUID.randomUUID();
        String noEventIdKey = "no-event-id-" + UUID.randomUUID();
        UUID goodAccount = UUID.randomUUID();

        TestKafka.send(Topics.ACCOUNT_REGISTERED, notJsonKey, "this is not json {",
                UUID.randomUUID().toString());
        TestKafka.send(Topics.ACCOUNT_REGISTERED, noEventIdKey, json.writeValueAsString(
                Registrations.jobSeeker(UUID.randomUUID(), "Tanpa Event Id", Instant.now())), null);
        Registrations.publish(json, Registrations.jobSeeker(goodAccount, "Rina Wati", Instant.now()),
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByAccountId(goodAccount).isPresent());
        String deadLetters = Topics.deadLetterOf(Topics.ACCOUNT_REGISTERED);
        ConsumerRecord<String, String> notJson = TestKafka.readUntil(deadLetters,
                record -> notJsonKey.equals(record.key()));
        assertThat(notJson.value()).isEqualTo("this is not json {");
        ConsumerRecord<String, String> noEventId = TestKafka.readUntil(deadLetters,
                record -> noEventIdKey.equals(record.key()));
        assertThat(TestKafka.header(noEventId, EventHeaders.EVENT_ID)).isEmpty();
    }

    @Test
    void staffRegistrationsNeedNoCase() {
        UUID staff = UUID.randomUUID();
        RecordMetadata sent = TestKafka.send(Topics.ACCOUNT_REGISTERED, staff.toString(),
                json.writeValueAsString(new AccountRegistered(staff, AccountType.VERIFIER, "Petugas", null, null,
                        "id", null, null, null, Instant.now())));
        TestKafka.awaitConsumed("verification-service", sent);

        assertThat(cases.findByAccountId(staff)).isEmpty();
    }

    @Test
    void submittedDocumentsAreRecordedAndALateRedeliveryOfAnOlderSubmissionChangesNothing() {
        UUID accountId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestKafka.send(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, accountId.toString(), json.writeValueAsString(
                new AccountDocumentsSubmitted(accountId, AccountType.JOB_SEEKER, List.of("KTP", "IJAZAH"), 2, now)));
        RecordMetadata older = TestKafka.send(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, accountId.toString(),
                json.writeValueAsString(new AccountDocumentsSubmitted(accountId, AccountType.JOB_SEEKER,
                        List.of("KTP"), 1, now.minusSeconds(60))));
        TestKafka.awaitConsumed("verification-service", older);

        assertThat(documents.findById(accountId)).hasValueSatisfying(recorded -> {
            assertThat(recorded.documentTypes()).containsExactly("KTP", "IJAZAH");
            assertThat(recorded.submission()).isEqualTo(2);
            assertThat(recorded.submittedAt()).isEqualTo(now);
        });
    }
}
