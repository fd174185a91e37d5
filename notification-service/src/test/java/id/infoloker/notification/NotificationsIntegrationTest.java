package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.inapp.InAppNotifications;
import id.infoloker.notification.inapp.NewNotification;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class NotificationsIntegrationTest extends ChannelStubs {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ContactDirectory contacts;

    @Autowired
    InAppNotifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    OwnerApi api;

    @BeforeEach
    void client() {
        api = new OwnerApi(port);
    }

    @Test
    void aCompanyIsToldToSendItsDocumentsThenThatItCanPostVacanciesNotApply() {
        UUID company = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.employer(company, "PT Sinar Karawang"));
        api.awaitAtLeast(company, 1);
        AccountEvents.publish(json, AccountEvents.employerVerified(company, "PT Sinar Karawang"));

        OwnerApi.Mine mine = api.awaitAtLeast(company, 2);

        assertThat(mine.items().get(1).body()).contains("Halo PT Sinar Karawang", "Unggah NIB dan NPWP",
                "draf lowongan").doesNotContain("menjanjikan pekerjaan");
        assertThat(mine.items().get(0).body()).contains("Akun perusahaan Anda", "memasang lowongan")
                .doesNotContain("melamar");
    }

    @Test
    void aRegistrationIsAcknowledgedAndVerificationIsToldInBahasaIndonesia() {
        UUID owner = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(owner, "Siti Nurhaliza", "id"));
        api.awaitAtLeast(owner, 1);
        AccountEvents.publish(json, AccountEvents.statusChanged(owner, AccountStatus.VERIFIED, "Siti Nurhaliza",
                null, null, List.of()));

        OwnerApi.Mine mine = api.awaitAtLeast(owner, 2);

        assertThat(mine.unread()).isEqualTo(2);
        assertThat(mine.items()).extracting(OwnerApi.Item::title).containsExactly(
                "Akun Anda sudah diverifikasi",
                "Pendaftaran diterima — data Anda sedang diverifikasi");
        assertThat(mine.items().get(0).body())
                .isEqualTo("Selamat, Siti Nurhaliza! Akun Anda di Infoloker Karawang telah disetujui. "
                        + "Sekarang Anda dapat melamar lowongan.");
        assertThat(mine.items().get(1).body()).contains("Halo Siti Nurhaliza", "Infoloker Karawang");
        assertThat(mine.items()).noneMatch(OwnerApi.Item::read);
        assertThat(mine.items()).extracting(OwnerApi.Item::link).containsOnly("/status");
        assertThat(contacts.find(owner)).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo("pencaker@example.id");
            assertThat(contact.preferredLanguage()).isEqualTo("id");
            assertThat(contact.status()).isEqualTo("VERIFIED");
        });
    }

    @Test
    void someoneWhoChoseEnglishIsToldInEnglishWhateverTheirBrowserSays() {
        UUID owner = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(owner, "Dewi Lestari", "en"));
        api.awaitAtLeast(owner, 1);
        AccountEvents.publish(json, AccountEvents.statusChanged(owner, AccountStatus.VERIFIED, "Dewi Lestari",
                null, null, List.of()));

        api.awaitAtLeast(owner, 2);
        OwnerApi.Mine mine = api.mine(owner, "id").expectStatus().isOk()
                .expectBody(OwnerApi.Mine.class).returnResult().getResponseBody();

        assertThat(mine.items()).extracting(OwnerApi.Item::title).containsExactly(
                "Your account is verified", "Registration received — your data is being verified");
        assertThat(mine.items().get(0).body()).startsWith("Congratulations, Dewi Lestari! Your account with "
                + "Infoloker Karawang has been approved.");
    }

    @Test
    void aRejectionGivesTheReasonAndTheNote() {
        UUID owner = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(owner, "Agus Salim", "id"));
        api.awaitAtLeast(owner, 1);
        AccountEvents.publish(json, AccountEvents.statusChanged(owner, AccountStatus.REJECTED, "Agus Salim",
                "NIK_TIDAK_VALID", "NIK tidak ditemukan di Dukcapil.", List.of()));

        OwnerApi.Item rejected = api.awaitAtLeast(owner, 2).items().get(0);

        assertThat(rejected.title()).isEqualTo("Pendaftaran Anda ditolak");
        assertThat(rejected.body()).isEqualTo("Mohon maaf, Agus Salim, pendaftaran Anda di Infoloker Karawang tidak "
                + "dapat disetujui. Alasan: NIK tidak valid. Catatan petugas: NIK tidak ditemukan di Dukcapil.");
        assertThat(rejected.link()).isEqualTo("/status");
    }

    @Test
    void aRevisionRequestNamesTheDocumentsEvenBeforeTheRegistrationArrived() {
        UUID owner = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.statusChanged(owner, AccountStatus.REVISION_REQUESTED, "Rina Wati",
                null, "Foto KTP buram", List.of("KTP", "PAS_FOTO")));

        OwnerApi.Item revision = api.awaitAtLeast(owner, 1).items().get(0);

        assertThat(revision.title()).isEqualTo("Perbaikan data diminta");
        assertThat(revision.body()).contains("Halo Rina Wati", "KTP, pas foto", "Catatan petugas: Foto KTP buram");
        assertThat(revision.link()).isEqualTo("/status");
    }

    @Test
    void theSameEventDeliveredTwiceNotifiesOnce() {
        UUID owner = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var verified = AccountEvents.statusChanged(owner, AccountStatus.VERIFIED, "Budi", null, null, List.of());
        AccountEvents.publish(json, verified, eventId);
        RecordMetadata redelivery = AccountEvents.publish(json, verified, eventId);
        TestKafka.awaitConsumed("notification-service", redelivery);

        assertThat(api.mine(owner).items()).hasSize(1);
    }

    @Test
    void theNotificationTableHoldsOneRowPerEventChannelAndRecipientEvenWithoutTheInbox() {
        UUID owner = UUID.randomUUID();
        NewNotification notification = new NewNotification(UUID.randomUUID(), owner, "ACCOUNT_VERIFIED", "id",
                "Judul", "Isi", "/status", Instant.now());

        assertThat(notifications.deliver(notification)).isTrue();
        assertThat(notifications.deliver(notification)).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE account_id = ?", Long.class, owner))
                .isEqualTo(1L);
    }

    @Test
    void aNotificationStoredBeforeLinksExistedIsListedWithoutOne() {
        UUID owner = UUID.randomUUID();
        notifications.deliver(new NewNotification(UUID.randomUUID(), owner, "ACCOUNT_VERIFIED", "id", "Judul", "Isi",
                null, Instant.now()));

        assertThat(api.mine(owner).items()).singleElement()
                .satisfies(item -> assertThat(item.link()).isNull());
    }

    @Test
    void othersSeeNothingAndCannotMarkItReadWhileTheOwnerCan() {
        UUID owner = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(owner, "Siti", "id"));
        UUID notification = api.awaitAtLeast(owner, 1).items().get(0).id();

        OwnerApi.Mine theirs = api.mine(someoneElse);
        assertThat(theirs.unread()).isZero();
        assertThat(theirs.items()).isEmpty();
        api.markRead(someoneElse, notification).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("notification-not-found");
        assertThat(api.mine(owner).unread()).isEqualTo(1);

        api.markRead(owner, notification).expectStatus().isNoContent();
        api.markRead(owner, notification).expectStatus().isNoContent();
        OwnerApi.Mine mine = api.mine(owner);
        assertThat(mine.unread()).isZero();
        assertThat(mine.items().get(0).read()).isTrue();
    }

    @Test
    void erasureDeletesTheContactAndEveryNotification() {
        UUID owner = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(owner, "Hapus Saya", "id"));
        api.awaitAtLeast(owner, 1);

        AccountEvents.publish(json, new id.infoloker.events.AccountStatusChanged(owner, AccountType.JOB_SEEKER,
                AccountStatus.ERASED, AccountStatus.VERIFIED, null, null, null, List.of(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> contacts.find(owner).isEmpty());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE account_id = ?", Long.class, owner))
                .isZero();
        // The erased person's token no longer opens the inbox at all (service-kit revocations).
        api.mine(owner, "id").expectStatus().isUnauthorized();
    }

    @Test
    void staffRegistrationsAreRememberedButNotAcknowledged() {
        UUID staff = UUID.randomUUID();
        RecordMetadata sent = AccountEvents.publish(json, new AccountRegistered(staff, AccountType.VERIFIER,
                "Petugas", "petugas@example.id", null, "id", null, null, null, Instant.now()));
        TestKafka.awaitConsumed("notification-service", sent);

        assertThat(contacts.find(staff)).isPresent();
        assertThat(api.mine(staff).items()).isEmpty();
    }

    @Test
    void readingNotificationsNeedsAToken() {
        api.raw().get().uri("/api/notifications/me").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }
}
