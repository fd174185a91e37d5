package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.EventExamples;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Consumer contract: the producer's JSON examples from platform/events, fed through Kafka, take effect here. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class EventContractTest {

    static final UUID EXAMPLE_ACCOUNT = UUID.fromString("0b7c6f5e-3f1a-4c55-9d3e-2a1f7e9c4b10");

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    SubmittedDocumentsRepository documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void accountRegisteredExampleOpensACaseWithTheQueueFields() {
        String example = EventExamples.jsonOf(Topics.ACCOUNT_REGISTERED);
        AccountRegistered registered = json.readValue(example, AccountRegistered.class);
        assertThat(registered.accountId()).isEqualTo(EXAMPLE_ACCOUNT);

        TestKafka.send(Topics.ACCOUNT_REGISTERED, EXAMPLE_ACCOUNT.toString(), example);

        VerificationCase opened = await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findByAccountId(EXAMPLE_ACCOUNT).orElse(null), found -> found != null);
        assertThat(opened.status()).isIn(CaseStatus.PENDING, CaseStatus.CLAIMED, CaseStatus.DECIDED);
        assertThat(opened.displayName()).isEqualTo("Siti Nurhaliza");
        assertThat(opened.kecamatanCode()).isEqualTo("321501");
        assertThat(opened.registeredAt()).isEqualTo(Instant.parse("2026-09-14T01:15:30Z"));
        assertThat(jdbc.queryForObject("SELECT nik FROM verification_case WHERE account_id = ?", String.class,
                EXAMPLE_ACCOUNT)).isEqualTo("3215014506990001");
    }

    @Test
    void documentsSubmittedExampleIsRecorded() {
        TestKafka.send(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, EXAMPLE_ACCOUNT.toString(),
                EventExamples.jsonOf(Topics.ACCOUNT_DOCUMENTS_SUBMITTED));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(documents.findById(EXAMPLE_ACCOUNT)).hasValueSatisfying(recorded -> {
                    assertThat(recorded.documentTypes()).containsExactly("KTP", "IJAZAH", "CV", "PAS_FOTO");
                    assertThat(recorded.submission()).isEqualTo(1);
                }));
    }
}
