package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.VacancyPublished;
import id.infoloker.events.EventExamples;
import id.infoloker.events.Topics;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.testkit.TestKafka;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Consumer contract: the producer's JSON examples from platform/events, fed through Kafka, take effect here. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class EventContractTest extends ChannelStubs {

    static final UUID EXAMPLE_ACCOUNT = UUID.fromString("0b7c6f5e-3f1a-4c55-9d3e-2a1f7e9c4b10");
    static final UUID EXAMPLE_EMPLOYER = UUID.fromString("2c4e6a8b-1d3f-4a5c-9e7b-0f2d4c6a8e1b");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ContactDirectory contacts;

    OwnerApi api;

    @BeforeEach
    void client() {
        api = new OwnerApi(port);
    }

    @Test
    void theExamplesOfBothConsumedTopicsProjectTheContactAndNotifyTheOwner() {
        String registered = EventExamples.jsonOf(Topics.ACCOUNT_REGISTERED);
        String statusChanged = EventExamples.jsonOf(Topics.ACCOUNT_STATUS_CHANGED);
        assertThat(json.readValue(registered, AccountRegistered.class).accountId()).isEqualTo(EXAMPLE_ACCOUNT);
        assertThat(json.readValue(statusChanged, AccountStatusChanged.class).accountId()).isEqualTo(EXAMPLE_ACCOUNT);

        TestKafka.send(Topics.ACCOUNT_REGISTERED, EXAMPLE_ACCOUNT.toString(), registered);
        api.awaitAtLeast(EXAMPLE_ACCOUNT, 1);
        TestKafka.send(Topics.ACCOUNT_STATUS_CHANGED, EXAMPLE_ACCOUNT.toString(), statusChanged);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.mine(EXAMPLE_ACCOUNT).items())
                .extracting(OwnerApi.Item::title)
                .contains("Akun Anda sudah diverifikasi", "Pendaftaran diterima — data Anda sedang diverifikasi"));
        assertThat(contacts.find(EXAMPLE_ACCOUNT)).hasValueSatisfying(contact -> {
            assertThat(contact.displayName()).isEqualTo("Siti Nurhaliza");
            assertThat(contact.email()).isEqualTo("siti.nurhaliza@example.id");
            assertThat(contact.phone()).isEqualTo("+6281234567890");
            assertThat(contact.preferredLanguage()).isEqualTo("id");
            assertThat(contact.status()).isEqualTo("VERIFIED");
        });
    }

    /** Runs after the account examples only if ordered so; it does not need them (names fall back politely). */
    @Test
    void theExamplesOfTheApplicationAndVacancyTopicsNotifyTheirRecipients() {
        String submitted = EventExamples.jsonOf(Topics.APPLICATION_SUBMITTED);
        String statusChanged = EventExamples.jsonOf(Topics.APPLICATION_STATUS_CHANGED);
        String published = EventExamples.jsonOf(Topics.VACANCY_PUBLISHED);
        assertThat(json.readValue(submitted, ApplicationSubmitted.class).employerId()).isEqualTo(EXAMPLE_EMPLOYER);
        assertThat(json.readValue(statusChanged, ApplicationStatusChanged.class).jobSeekerId())
                .isEqualTo(EXAMPLE_ACCOUNT);
        VacancyPublished vacancy = json.readValue(published, VacancyPublished.class);
        UUID alertOwner = UUID.randomUUID();
        api.putPreferences(alertOwner, "JOB_SEEKER", "{\"email\":true,\"sms\":false,\"alerts\":[{\"kecamatanCode\":\""
                + vacancy.kecamatanCode() + "\",\"education\":\"" + vacancy.minimumEducation()
                + "\",\"employmentType\":\"" + vacancy.employmentType() + "\"}]}").expectStatus().isOk();

        TestKafka.send(Topics.APPLICATION_SUBMITTED, "k", submitted);
        TestKafka.send(Topics.APPLICATION_STATUS_CHANGED, "k", statusChanged);
        TestKafka.send(Topics.VACANCY_PUBLISHED, "k", published);

        assertThat(api.awaitAtLeast(EXAMPLE_EMPLOYER, 1).items()).extracting(OwnerApi.Item::title)
                .contains("Lamaran baru untuk Operator Produksi");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.mine(EXAMPLE_ACCOUNT).items())
                .extracting(OwnerApi.Item::title).contains("Undangan wawancara: Operator Produksi"));
        assertThat(api.awaitAtLeast(alertOwner, 1).items()).extracting(OwnerApi.Item::title)
                .containsExactly("Lowongan baru: Operator Produksi");
    }
}
