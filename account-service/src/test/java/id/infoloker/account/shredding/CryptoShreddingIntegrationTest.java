package id.infoloker.account.shredding;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.Topics;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.kit.privacy.PrivacyProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class CryptoShreddingIntegrationTest {

    private static final String SECRET = "test-service-secret";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataSeals seals;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void theRegistrationEventCarriesNoReadablePersonalValueAndOpensWithThePersonsKey() {
        Caller siti = accounts.jobSeeker();
        Map<String, Object> registration = siti.registration();

        String payload = registeredPayloadOf(siti);

        assertThat(payload).doesNotContain((String) registration.get("nik"), (String) registration.get("email"),
                (String) registration.get("fullName"), (String) registration.get("birthPlace"),
                ((String) registration.get("phone")).substring(1));
        AccountRegistered opened = seals.open(json.readValue(payload, AccountRegistered.class)).orElseThrow();
        assertThat(opened.jobSeeker().nik()).isEqualTo(registration.get("nik"));
        assertThat(opened.displayName()).isEqualTo(registration.get("fullName"));
        assertThat(jdbc.queryForObject("SELECT wrapped_key FROM personal_data_key WHERE account_id = ?", String.class,
                siti.id())).as("stored wrapped with the master key").startsWith("pdp1.");
    }

    @Test
    void otherServicesGetTheKeyOnlyWithTheServiceSecretAndNeverAfterErasure() {
        Caller siti = accounts.jobSeeker();
        Map<String, Object> lookup = Map.of("accountIds", List.of(siti.id()));

        http.post().uri("/internal/personal-data-keys").bodyValue(lookup).exchange()
                .expectStatus().isUnauthorized();
        http.post().uri("/internal/personal-data-keys").header(PrivacyProperties.SERVICE_SECRET_HEADER, "guess")
                .bodyValue(lookup).exchange().expectStatus().isUnauthorized();
        http.post().uri("/internal/personal-data-keys").header(PrivacyProperties.SERVICE_SECRET_HEADER, SECRET)
                .bodyValue(lookup).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.keys['" + siti.id() + "']").exists();
        String sealedBefore = registeredPayloadOf(siti);

        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        http.post().uri("/internal/personal-data-keys").header(PrivacyProperties.SERVICE_SECRET_HEADER, SECRET)
                .bodyValue(lookup).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.keys['" + siti.id() + "']").doesNotExist();
        assertThat(seals.open(json.readValue(sealedBefore, AccountRegistered.class)))
                .as("a copy of the event kept anywhere (topic, .dlt, backup) opens no more").isEmpty();
    }

    @Test
    void noAccountEventInTheOutboxNamesThePersonInTheClear() {
        Caller siti = accounts.jobSeeker();
        String name = (String) siti.registration().get("fullName");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key = ? AND payload LIKE ?",
                Integer.class, siti.id().toString(), "%" + name + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND payload LIKE ?",
                Integer.class, Topics.ACCOUNT_REGISTERED, "%\"displayName\":\"%"))
                .as("no registration of anyone carries a plain name").isZero();
    }

    private String registeredPayloadOf(Caller caller) {
        return jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ?",
                String.class, Topics.ACCOUNT_REGISTERED, caller.id().toString());
    }
}
