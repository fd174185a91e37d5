package id.infoloker.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.infoloker.events.AccountStatus;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.Deliveries;
import id.infoloker.notification.delivery.Delivery;
import id.infoloker.notification.delivery.DeliveryStatus;
import id.infoloker.notification.delivery.NewDelivery;
import id.infoloker.notification.delivery.ProviderResilience;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.testkit.TestKafka;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Email through a real SMTP server (GreenMail) and SMS/WhatsApp through the provider (WireMock). */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class DeliveryChannelsTest extends ChannelStubs {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Deliveries deliveries;

    @Autowired
    ProviderResilience resilience;

    OwnerApi api;

    @BeforeEach
    void client() {
        api = new OwnerApi(port);
        resilience.circuitBreaker(Channel.SMS).reset();
    }

    @AfterEach
    void healthyProvider() {
        resetProvider();
        resilience.circuitBreaker(Channel.SMS).reset();
    }

    @Test
    void emailsArriveOverSmtpInThePersonsLanguage() throws Exception {
        UUID siti = person("Siti Nurhaliza", "id", unique("siti"), null);
        UUID dewi = person("Dewi Lestari", "en", unique("dewi"), null);

        verified(siti, "Siti Nurhaliza");
        verified(dewi, "Dewi Lestari");

        MimeMessage indonesian = awaitEmail(emailOf(siti), "Akun Anda sudah diverifikasi");
        assertThat(((String) indonesian.getContent()).strip()).isEqualTo("Selamat, Siti Nurhaliza! Akun Anda di "
                + "Infoloker Karawang telah disetujui. Sekarang Anda dapat melamar lowongan.");
        assertThat(indonesian.getFrom()[0].toString()).contains("Infoloker Karawang", "noreply@infoloker.example");
        MimeMessage english = awaitEmail(emailOf(dewi), "Your account is verified");
        assertThat(((String) english.getContent()).strip()).startsWith("Congratulations, Dewi Lestari! Your account "
                + "with Infoloker Karawang has been approved.");
        awaitEmail(emailOf(siti), "Pendaftaran diterima — data Anda sedang diverifikasi");
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() throws Exception {
        String phone = "+628111" + digits();
        UUID budi = person("Budi", "id", unique("budi"), phone);
        UUID eventId = UUID.randomUUID();

        AccountEvents.publish(json, AccountEvents.statusChanged(budi, AccountStatus.VERIFIED, "Budi", null, null,
                List.of()), eventId.toString());
        RecordMetadata redelivery = AccountEvents.publish(json, AccountEvents.statusChanged(budi,
                AccountStatus.VERIFIED, "Budi", null, null, List.of()), eventId.toString());
        TestKafka.awaitConsumed("notification-service", redelivery);
        awaitStatus(eventId, Channel.EMAIL, DeliveryStatus.SENT);
        awaitStatus(eventId, Channel.SMS, DeliveryStatus.SENT);

        assertThat(deliveries.ofEvent(eventId)).hasSize(2);
        assertThat(emailsTo(emailOf(budi), "Akun Anda sudah diverifikasi")).hasSize(1);
        List<LoggedRequest> sms = smsTo(phone);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).getHeader("Authorization")).isEqualTo("Bearer " + PROVIDER_TOKEN);
        assertThat(sms.get(0).getHeader("Idempotency-Key")).isEqualTo(delivery(eventId, Channel.SMS).id().toString());
        assertThat(api.mine(budi).items()).filteredOn(item -> item.title().equals("Akun Anda sudah diverifikasi"))
                .hasSize(1);
        // The delivery table's own key, even if the inbox were bypassed:
        assertThat(deliveries.enqueue(new NewDelivery(eventId, Channel.SMS, phone, budi, "ACCOUNT_VERIFIED", "id",
                "Judul", "Isi"), Instant.now())).isFalse();
    }

    @Test
    void aProviderFailingTwiceThenRecoveringDeliversOnce() {
        String phone = "+628222" + digits();
        PROVIDER.stubFor(smsTo(phone, 1).inScenario(phone).whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("failed once"));
        PROVIDER.stubFor(smsTo(phone, 1).inScenario(phone).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        PROVIDER.stubFor(smsTo(phone, 1).inScenario(phone).whenScenarioStateIs("recovered").willReturn(ok()));
        UUID rina = person("Rina", "id", null, phone);

        UUID eventId = verified(rina, "Rina");

        Delivery sent = awaitStatus(eventId, Channel.SMS, DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(smsTo(phone)).hasSize(3);
        assertThat(resilience.circuitBreaker(Channel.SMS).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aHangingProviderTimesOutOpensItsCircuitAndEverythingElseKeepsFlowing() {
        String prefix = "+628333" + digits().substring(0, 4);
        PROVIDER.stubFor(post(urlEqualTo("/messages")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("\\" + prefix + ".*")))
                .willReturn(ok().withFixedDelay(3_000)));
        UUID first = person("Agus", "id", unique("agus"), prefix + "01");
        UUID second = person("Wati", "id", unique("wati"), prefix + "02");

        UUID firstEvent = verified(first, "Agus");
        UUID secondEvent = verified(second, "Wati");

        // The Kafka consumer is not held up: both in-app notifications and both emails arrive.
        api.awaitAtLeast(first, 2);
        api.awaitAtLeast(second, 2);
        awaitStatus(firstEvent, Channel.EMAIL, DeliveryStatus.SENT);
        awaitStatus(secondEvent, Channel.EMAIL, DeliveryStatus.SENT);
        // One SMS timed out on every attempt (500 ms each) and opened the circuit; the other waits for it.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                resilience.circuitBreaker(Channel.SMS).getState() == CircuitBreaker.State.OPEN);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Delivery> sms = List.of(delivery(firstEvent, Channel.SMS), delivery(secondEvent, Channel.SMS));
            assertThat(sms).filteredOn(d -> d.status() == DeliveryStatus.FAILED).singleElement()
                    .satisfies(d -> assertThat(d.lastError()).contains("HttpTimeoutException"));
            assertThat(sms).filteredOn(d -> d.status() == DeliveryStatus.PENDING).singleElement()
                    .satisfies(d -> assertThat(d.lastError()).contains("Circuit breaker of the SMS provider is open"));
        });
    }

    @Test
    void aPermanentlyFailingProviderEndsFailedVisibleToAdminsAndRetryable() {
        String phone = "+628444" + digits();
        PROVIDER.stubFor(smsTo(phone, 2).willReturn(aResponse().withStatus(503)));
        UUID joko = person("Joko", "id", null, phone);

        UUID eventId = verified(joko, "Joko");

        Delivery failed = awaitStatus(eventId, Channel.SMS, DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).contains("HTTP 503");
        api.deliveries("JOB_SEEKER", "FAILED").expectStatus().isForbidden();
        api.deliveries("ADMIN", "FAILED").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + failed.id() + "')].lastError").isEqualTo("ProviderUnavailableException: "
                        + "Provider answered HTTP 503");

        // The provider is back and its circuit's open window has passed.
        PROVIDER.stubFor(smsTo(phone, 1).willReturn(ok()));
        resilience.circuitBreaker(Channel.SMS).transitionToHalfOpenState();
        api.retryDelivery("JOB_SEEKER", failed.id()).expectStatus().isForbidden();
        api.retryDelivery("ADMIN", failed.id()).expectStatus().isAccepted();

        Delivery sent = awaitStatus(eventId, Channel.SMS, DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(4);
        api.retryDelivery("ADMIN", failed.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("delivery-not-failed");
        api.retryDelivery("ADMIN", UUID.randomUUID()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("delivery-not-found");
    }

    /** Registers a job seeker, waits for the acknowledgement, and turns on email and SMS. */
    private UUID person(String name, String language, String email, String phone) {
        UUID account = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(account, name, language, email, phone));
        api.awaitAtLeast(account, 1);
        api.enableAllChannels(account, "[]");
        emails.put(account, email);
        return account;
    }

    private final java.util.Map<UUID, String> emails = new java.util.HashMap<>();

    private String emailOf(UUID account) {
        return emails.get(account);
    }

    private UUID verified(UUID account, String name) {
        UUID eventId = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.statusChanged(account, AccountStatus.VERIFIED, name, null, null,
                List.of()), eventId.toString());
        return eventId;
    }

    private Delivery delivery(UUID eventId, Channel channel) {
        Optional<Delivery> found = deliveries.ofEvent(eventId).stream()
                .filter(d -> d.channel() == channel).findFirst();
        assertThat(found).as("%s delivery of event %s", channel, eventId).isPresent();
        return found.get();
    }

    private Delivery awaitStatus(UUID eventId, Channel channel, DeliveryStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.ofEvent(eventId).stream()
                        .filter(d -> d.channel() == channel).findFirst().orElse(null),
                d -> d != null && d.status() == status);
    }


    private static com.github.tomakehurst.wiremock.client.MappingBuilder smsTo(String phone, int priority) {
        return post(urlEqualTo("/messages")).atPriority(priority)
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)));
    }

    private static List<LoggedRequest> smsTo(String phone) {
        return PROVIDER.findAll(postRequestedFor(urlEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
    }

    private static String digits() {
        return String.valueOf(100_000_000L + (long) (Math.random() * 899_999_999L));
    }
}
