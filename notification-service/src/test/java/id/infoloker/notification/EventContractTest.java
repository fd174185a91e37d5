package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.EventExamples;
import id.infoloker.events.Topics;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
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
class EventContractTest {

    static final UUID EXAMPLE_ACCOUNT = UUID.fromString("0b7c6f5e-3f1a-4c55-9d3e-2a1f7e9c4b10");

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

        KafkaTestSupport.send(Topics.ACCOUNT_REGISTERED, EXAMPLE_ACCOUNT.toString(), registered);
        api.awaitAtLeast(EXAMPLE_ACCOUNT, 1);
        KafkaTestSupport.send(Topics.ACCOUNT_STATUS_CHANGED, EXAMPLE_ACCOUNT.toString(), statusChanged);
        OwnerApi.Mine mine = api.awaitAtLeast(EXAMPLE_ACCOUNT, 2);

        assertThat(mine.items()).extracting(OwnerApi.Item::title).containsExactly(
                "Akun Anda sudah diverifikasi", "Pendaftaran diterima — data Anda sedang diverifikasi");
        assertThat(contacts.find(EXAMPLE_ACCOUNT)).hasValueSatisfying(contact -> {
            assertThat(contact.displayName()).isEqualTo("Siti Nurhaliza");
            assertThat(contact.email()).isEqualTo("siti.nurhaliza@example.id");
            assertThat(contact.phone()).isEqualTo("+6281234567890");
            assertThat(contact.preferredLanguage()).isEqualTo("id");
            assertThat(contact.status()).isEqualTo("VERIFIED");
        });
    }
}
