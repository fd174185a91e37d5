package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.Ak1ReportDue;
import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The AK/1 re-report reminder reaches the holder in the app and by e-mail, once however often it is delivered. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class Ak1ReminderNoticeTest extends ChannelStubs {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    OwnerApi api;

    @BeforeEach
    void client() {
        api = new OwnerApi(port);
    }

    @Test
    void aReReportReminderDeliveredTwiceTellsTheHolderOnceWithTheDateAndTheStatusLink() {
        UUID holder = UUID.randomUUID();
        String email = "ak1." + holder + "@example.id";
        AccountEvents.publish(json, AccountEvents.jobSeeker(holder, "Siti Nurhaliza", "id", email, null));
        api.awaitAtLeast(holder, 1);
        String payload = json.writeValueAsString(new Ak1ReportDue(holder, 1, LocalDate.of(2027, 6, 6), Instant.now()));
        String eventId = UUID.randomUUID().toString();

        TestKafka.send(Topics.AK1_REPORT_DUE, holder.toString(), payload, eventId);
        TestKafka.send(Topics.AK1_REPORT_DUE, holder.toString(), payload, eventId);

        OwnerApi.Item reminder = api.awaitAtLeast(holder, 2).items().get(0);
        assertThat(reminder.title()).isEqualTo("Saatnya lapor kartu AK/1");
        assertThat(reminder.body()).contains("Halo Siti Nurhaliza", "kartu AK/1 Anda wajib lapor", "6 Juni 2027",
                "/status");
        assertThat(reminder.link()).isEqualTo("/status");
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(email, "Saatnya lapor kartu AK/1"), list -> !list.isEmpty());
        // The duplicate came right behind the first on the same partition: by now it has been seen, and ignored.
        assertThat(api.mine(holder).items().stream()
                .filter(item -> item.title().equals("Saatnya lapor kartu AK/1")).count()).isEqualTo(1);
        assertThat(mails).hasSize(1);
    }

    /** Records published before the card number was dropped from the event are still on the topic for its retention. */
    @Test
    void anOlderRecordStillCarryingTheCardNumberIsReadAndTheNoticeDoesNotRepeatTheNumber() {
        UUID holder = UUID.randomUUID();
        String oldFormat = """
                {"accountId":"%s","cardNumber":"3215-2026-000456","period":2,"dueOn":"2027-12-06",
                 "remindedAt":"2027-11-29T01:00:00Z"}""".formatted(holder);

        TestKafka.send(Topics.AK1_REPORT_DUE, holder.toString(), oldFormat, UUID.randomUUID().toString());

        OwnerApi.Item reminder = api.awaitAtLeast(holder, 1).items().get(0);
        assertThat(reminder.title()).isEqualTo("Saatnya lapor kartu AK/1");
        assertThat(reminder.body()).contains("6 Desember 2027").doesNotContain("3215-2026-000456");
    }

}
