package id.infoloker.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventExamples;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestInfrastructure;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class VacancyServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection projection;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataSeals seals;

    WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void anyoneMaySearchPublishedVacancies() {
        http().get().uri("/api/vacancies?size=500").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items").isArray();
    }

    @Test
    void writingWithoutATokenIsAProblem401() {
        http().post().uri("/api/vacancies").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }

    @Test
    void verifiedEmployerAppearsInTheProjectionOnceEvenIfTheEventIsDeliveredTwice() {
        UUID employer = UUID.randomUUID();
        AccountStatusChanged verified = verified(employer, AccountType.EMPLOYER, "PT Sinar Karawang");
        String eventId = UUID.randomUUID().toString();
        publish(verified, eventId);
        publish(verified, eventId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(projection.find(employer)).hasValueSatisfying(account -> {
                    assertThat(account.isVerified()).isTrue();
                    assertThat(account.displayName()).isEqualTo("PT Sinar Karawang");
                }));
    }

    /**
     * As account-service sends it: the name sealed with the account's key. Before it was opened here, the projection
     * kept null and every vacancy of a company verified through the real flow was published without its company.
     */
    @Test
    void aVerifiedCompanysSealedNameHeadsTheVacanciesItPublishes() {
        UUID employer = UUID.randomUUID();
        AccountStatusChanged sealed = seals.seal(verified(employer, AccountType.EMPLOYER, "PT Segel Terbuka Karawang"));
        assertThat(sealed.displayName()).isNull();
        publish(sealed, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(projection.find(employer))
                .hasValueSatisfying(account -> assertThat(account.displayName()).isEqualTo("PT Segel Terbuka Karawang")));
        VacancyApi api = new VacancyApi(port, projection);
        UUID vacancy = api.published(employer, VacancyApi.vacancy("Operator Gudang " + VacancyApi.tag(),
                "Menyusun barang di gudang, shift pagi."));
        http().get().uri("/api/vacancies/" + vacancy).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.companyName").isEqualTo("PT Segel Terbuka Karawang");
    }

    /** A job seeker's sealed name is opened too: the employer they applied to sees it in the applicant list. */
    @Test
    void aVerifiedJobSeekersSealedNameReachesOnlyTheListOfTheEmployerTheyAppliedTo() {
        UUID seeker = UUID.randomUUID();
        publish(seals.seal(verified(seeker, AccountType.JOB_SEEKER, "Siti Segel Rahayu")), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(projection.find(seeker))
                .hasValueSatisfying(account -> assertThat(account.isVerified()).isTrue()));

        VacancyApi api = new VacancyApi(port, projection);
        UUID employer = api.verifiedEmployer("PT Pelamar Terbuka");
        UUID vacancy = api.published(employer, VacancyApi.vacancy("Staf Gudang " + VacancyApi.tag(),
                "Menyusun barang di gudang, shift pagi."));
        api.applied(seeker, vacancy);

        http().get().uri("/api/vacancies/" + vacancy + "/applications")
                .header("Authorization", VacancyApi.employer(employer)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].displayName").isEqualTo("Siti Segel Rahayu");
        http().get().uri("/api/vacancies/" + vacancy + "/applications")
                .header("Authorization", VacancyApi.employer(api.verifiedEmployer("PT Lain"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void producersExampleOfStatusChangedIsReadable() {
        AccountStatusChanged example = json.readValue(EventExamples.jsonOf(Topics.ACCOUNT_STATUS_CHANGED),
                AccountStatusChanged.class);
        assertThat(example.status()).isEqualTo(AccountStatus.VERIFIED);
    }

    private static AccountStatusChanged verified(UUID account, AccountType type, String name) {
        return new AccountStatusChanged(account, type, AccountStatus.VERIFIED, AccountStatus.PENDING_VERIFICATION, name,
                null, null, List.of(), Instant.now());
    }

    private void publish(AccountStatusChanged change, String eventId) {
        publish(Topics.ACCOUNT_STATUS_CHANGED, change.accountId().toString(), json.writeValueAsString(change), eventId);
    }

    private static void publish(String topic, String key, String value, String eventId) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
