package id.infoloker.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventExamples;
import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.Topics;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.Deliveries;
import id.infoloker.notification.delivery.Delivery;
import id.infoloker.notification.delivery.DeliveryStatus;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** One-time codes from account-service reach the address named, once, over real SMTP and the provider's API. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class OneTimeCodeDeliveryTest extends ChannelStubs {

    @Autowired
    JsonMapper json;

    @Autowired
    Deliveries deliveries;

    @Autowired
    ContactDirectory contacts;

    @Test
    void aResetCodeArrivesByEmailAndSmsAndIsNeverLoggedNorKept(CapturedOutput output) {
        UUID account = UUID.randomUUID();
        String email = "lupa" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.id";
        String phone = "+628119" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String code = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

        UUID emailEvent = publish(code(account, OneTimeCodeRequested.PASSWORD_RESET, OneTimeCodeRequested.EMAIL,
                email, code, "id"));
        UUID smsEvent = publish(code(account, OneTimeCodeRequested.PASSWORD_RESET, OneTimeCodeRequested.SMS, phone,
                code, "id"));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(email), list -> !list.isEmpty()).get(0);
        assertThat(subject(mail)).isEqualTo("Kode atur ulang kata sandi Infoloker Karawang: " + code);
        assertThat(content(mail)).contains("kode untuk mengatur ulang kata sandi Anda adalah " + code,
                "berlaku 10 menit");
        List<LoggedRequest> sms = await().atMost(Duration.ofSeconds(30))
                .until(() -> smsTo(phone), list -> !list.isEmpty());
        assertThat(sms.get(0).getBodyAsString()).contains(code);

        Delivery sentMail = awaitSent(emailEvent, Channel.EMAIL);
        Delivery sentSms = awaitSent(smsEvent, Channel.SMS);
        assertThat(sentMail.kind()).isEqualTo(Deliveries.ONE_TIME_CODE_KIND);
        assertThat(List.of(sentMail.subject(), sentMail.body(), sentSms.subject(), sentSms.body()))
                .as("no code kept once sent").allSatisfy(text -> assertThat(text).doesNotContain(code));
        // GreenMail, the test's SMTP server, logs the mailboxes it creates: only this service's lines count.
        String ours = String.join("\n", output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .toList());
        assertThat(ours).contains("One-time code (PASSWORD_RESET) for account " + account)
                .doesNotContain(code).doesNotContain(email).doesNotContain(phone);
    }

    @Test
    void aConfirmationCodeGoesToTheNewAddressInThePersonsLanguageAndOnlyOnce() {
        UUID account = UUID.randomUUID();
        String newEmail = "baru" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.id";
        OneTimeCodeRequested event = code(account, OneTimeCodeRequested.CONTACT_CONFIRMATION,
                OneTimeCodeRequested.EMAIL, newEmail, "123456", "en");
        UUID eventId = UUID.randomUUID();

        TestKafka.send(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, account.toString(), json.writeValueAsString(event),
                eventId.toString());
        RecordMetadata again = TestKafka.send(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, account.toString(),
                json.writeValueAsString(event), eventId.toString());
        TestKafka.awaitConsumed("notification-service", again);

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(newEmail), list -> !list.isEmpty()).get(0);
        assertThat(subject(mail)).isEqualTo("Infoloker Karawang contact confirmation code: 123456");
        awaitSent(eventId, Channel.EMAIL);
        assertThat(emailsTo(newEmail)).hasSize(1);
    }

    @Test
    void aCodeThatExpiredOnTheWayIsDropped() {
        UUID account = UUID.randomUUID();
        OneTimeCodeRequested stale = new OneTimeCodeRequested(account, OneTimeCodeRequested.PASSWORD_RESET,
                OneTimeCodeRequested.EMAIL, "lama@example.id", "654321", "id", "Siti", Instant.now().minusSeconds(1),
                Instant.now().minusSeconds(601));
        UUID eventId = UUID.randomUUID();

        RecordMetadata sent = TestKafka.send(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, account.toString(),
                json.writeValueAsString(stale), eventId.toString());
        TestKafka.awaitConsumed("notification-service", sent);

        assertThat(deliveries.ofEvent(eventId)).isEmpty();
    }

    @Test
    void theExampleCodeEventIsDelivered() {
        UUID eventId = UUID.randomUUID();
        OneTimeCodeRequested example = json.readValue(EventExamples.jsonOf(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED),
                OneTimeCodeRequested.class);
        // The example's times are in the past; as published now it is live.
        OneTimeCodeRequested live = new OneTimeCodeRequested(example.accountId(), example.purpose(),
                example.channel(), example.recipient(), example.code(), example.preferredLanguage(),
                example.displayName(), Instant.now().plusSeconds(600), Instant.now());

        TestKafka.send(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, live.accountId().toString(),
                json.writeValueAsString(live), eventId.toString());

        awaitSent(eventId, Channel.EMAIL);
    }

    @Test
    void aConfirmedNewContactReplacesTheProjectedOneEvenIfTheRegistrationArrivesAfterIt() {
        UUID account = UUID.randomUUID();
        AccountContactChanged change = new AccountContactChanged(account, AccountType.JOB_SEEKER,
                "baru@example.id", "+6281200000002", Instant.now());

        RecordMetadata changed = TestKafka.send(Topics.ACCOUNT_CONTACT_CHANGED, account.toString(),
                json.writeValueAsString(change));
        TestKafka.awaitConsumed("notification-service", changed);
        RecordMetadata registered = AccountEvents.publish(json, AccountEvents.jobSeeker(account, "Siti", "id",
                "lama@example.id", "+6281200000001"));
        TestKafka.awaitConsumed("notification-service", registered);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(contacts.find(account))
                .hasValueSatisfying(contact -> {
                    assertThat(contact.email()).isEqualTo("baru@example.id");
                    assertThat(contact.phone()).isEqualTo("+6281200000002");
                    assertThat(contact.displayName()).isEqualTo("Siti");
                }));
    }

    private static OneTimeCodeRequested code(UUID account, String purpose, String channel, String recipient,
                                             String code, String language) {
        Instant now = Instant.now();
        return new OneTimeCodeRequested(account, purpose, channel, recipient, code, language, "Siti Nurhaliza",
                now.plusSeconds(600), now);
    }

    private UUID publish(OneTimeCodeRequested event) {
        UUID eventId = UUID.randomUUID();
        TestKafka.send(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, event.accountId().toString(),
                json.writeValueAsString(event), eventId.toString());
        return eventId;
    }

    private Delivery awaitSent(UUID eventId, Channel channel) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> deliveries.ofEvent(eventId).stream().filter(d -> d.channel() == channel).findFirst()
                        .orElse(null),
                delivery -> delivery != null && delivery.status() == DeliveryStatus.SENT);
    }

    private static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<LoggedRequest> smsTo(String phone) {
        return PROVIDER.findAll(postRequestedFor(urlEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage mail) {
        try {
            return ((String) mail.getContent()).strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
