package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.VacancyPublished;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.Deliveries;
import id.infoloker.notification.delivery.Delivery;
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

/** Preferences and job alerts over HTTP, the vacancy fan-out, and application notices. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class AlertsAndApplicationsTest extends ChannelStubs {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Deliveries deliveries;

    @Autowired
    JdbcTemplate jdbc;

    OwnerApi api;

    @BeforeEach
    void client() {
        api = new OwnerApi(port);
    }

    @Test
    void preferencesStartWithTheDefaultsAndAreReplacedAsAWhole() {
        UUID owner = UUID.randomUUID();
        api.preferences(owner, "JOB_SEEKER").expectStatus().isOk().expectBody()
                .json("{\"email\":true,\"sms\":false,\"alerts\":[]}");

        api.putPreferences(owner, "JOB_SEEKER", """
                {"email":false,"sms":true,"alerts":[{"kecamatanCode":"321503","education":"SMK",
                 "employmentType":"pkwt"},{"kecamatanCode":null,"education":null,"employmentType":"MAGANG"}]}
                """).expectStatus().isOk();

        api.preferences(owner, "JOB_SEEKER").expectStatus().isOk().expectBody().json("""
                {"email":false,"sms":true,"alerts":[
                  {"kecamatanCode":"321503","education":"SMK","employmentType":"PKWT"},
                  {"kecamatanCode":null,"education":null,"employmentType":"MAGANG"}]}
                """);
    }

    @Test
    void invalidPreferencesAreRefusedWithTheField() {
        UUID owner = UUID.randomUUID();
        api.putPreferences(owner, "JOB_SEEKER", """
                {"email":true,"sms":false,"alerts":[{"kecamatanCode":"3215","education":"SARJANA"}]}
                """).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-input");
        api.putPreferences(owner, "EMPLOYER", """
                {"email":true,"sms":false,"alerts":[{"kecamatanCode":"321503"}]}
                """).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("alerts-for-job-seekers");
        api.putPreferences(owner, "EMPLOYER", "{\"email\":true,\"sms\":false,\"alerts\":[]}").expectStatus().isOk();
    }

    @Test
    void aPublishedVacancyReachesEveryMatchingAlertOnceInTheirLanguage() {
        String title = "Operator Forklift " + UUID.randomUUID().toString().substring(0, 6);
        String kecamatan = "3215" + (10 + (int) (Math.random() * 89));
        UUID exact = jobSeeker("id");
        UUID english = jobSeeker("en");
        UUID anywhere = jobSeeker("id");
        UUID underQualified = jobSeeker("id");
        UUID elsewhere = jobSeeker("id");
        alert(exact, "[{\"kecamatanCode\":\"" + kecamatan + "\",\"education\":\"SMK\",\"employmentType\":\"PKWT\"}]");
        alert(english, "[{\"kecamatanCode\":\"" + kecamatan + "\",\"education\":\"S1\"},"
                + "{\"kecamatanCode\":\"" + kecamatan + "\"}]");
        alert(anywhere, "[{\"employmentType\":\"PKWT\"}]");
        alert(underQualified, "[{\"kecamatanCode\":\"" + kecamatan + "\",\"education\":\"SMP\"}]");
        alert(elsewhere, "[{\"kecamatanCode\":\"321599\"}]");
        VacancyPublished vacancy = OtherEvents.vacancy(title, kecamatan, "SMA", "PKWT");
        String eventId = UUID.randomUUID().toString();

        OtherEvents.publish(json, vacancy, eventId);
        RecordMetadata redelivery = OtherEvents.publish(json, vacancy, eventId);
        TestKafka.awaitConsumed("notification-service", redelivery);

        assertThat(titles(exact)).containsOnlyOnce("Lowongan baru: " + title);
        assertThat(titles(anywhere)).containsOnlyOnce("Lowongan baru: " + title);
        assertThat(titles(english)).containsOnlyOnce("New vacancy: " + title);
        assertThat(api.mine(english).items()).filteredOn(item -> item.title().contains(title)).singleElement()
                .satisfies(item -> assertThat(item.body()).contains("PT Maju Bersama",
                        "http://localhost:8080/lowongan/" + vacancy.vacancyId()));
        assertThat(api.mine(exact).items()).filteredOn(item -> item.title().contains(title)).singleElement()
                .satisfies(item -> assertThat(item.link()).isEqualTo("/lowongan/" + vacancy.vacancyId()));
        assertThat(titles(underQualified)).noneMatch(t -> t.contains(title));
        assertThat(titles(elsewhere)).noneMatch(t -> t.contains(title));
        // Email is on by default: one queued email per matching person, none twice.
        assertThat(deliveries.ofEvent(UUID.fromString(eventId))).extracting(Delivery::accountId)
                .containsExactlyInAnyOrder(exact, english, anywhere);
        assertThat(deliveries.ofEvent(UUID.fromString(eventId))).extracting(Delivery::channel)
                .containsOnly(Channel.EMAIL);
    }

    @Test
    void theEmployerHearsOfAnApplicationAndTheJobSeekerOfItsProgress() {
        UUID employer = UUID.randomUUID();
        UUID jobSeeker = UUID.randomUUID();
        AccountEvents.publish(json, new AccountRegistered(employer, AccountType.EMPLOYER, "PT Maju Bersama",
                "hrd@maju.example.id", null, "id", "321503", null,
                new AccountRegistered.Employer("PT Maju Bersama", "1234567890123", null, "Bu Ani"), Instant.now()));
        AccountEvents.publish(json, AccountEvents.jobSeeker(jobSeeker, "Slamet Riyadi", "en"));
        api.awaitAtLeast(employer, 1);
        api.awaitAtLeast(jobSeeker, 1);
        UUID application = UUID.randomUUID();

        OtherEvents.publish(json, new ApplicationSubmitted(application, UUID.randomUUID(), employer, jobSeeker,
                "Staf Gudang", Instant.now()));
        OtherEvents.publish(json, new ApplicationStatusChanged(application, UUID.randomUUID(), jobSeeker,
                "Staf Gudang", "WAWANCARA", "DIPROSES", Instant.now()));

        OwnerApi.Item toEmployer = api.awaitAtLeast(employer, 2).items().get(0);
        assertThat(toEmployer.title()).isEqualTo("Lamaran baru untuk Staf Gudang");
        assertThat(toEmployer.body()).contains("Halo PT Maju Bersama", "Slamet Riyadi melamar",
                "/perusahaan/lamaran/" + application);
        assertThat(toEmployer.link()).isEqualTo("/perusahaan/lamaran/" + application);
        OwnerApi.Item toJobSeeker = api.awaitAtLeast(jobSeeker, 2).items().get(0);
        assertThat(toJobSeeker.title()).isEqualTo("Your application: invited to an interview");
        assertThat(toJobSeeker.body()).contains("Hello Slamet Riyadi", "\"Staf Gudang\"");
        assertThat(toJobSeeker.link()).isEqualTo("/lamaran/" + application);
    }

    @Test
    void anErasedApplicantVanishesFromTheEmployersNoticesAndNothingOfThemIsRecreated() {
        UUID employer = UUID.randomUUID();
        UUID jobSeeker = UUID.randomUUID();
        AccountEvents.publish(json, new AccountRegistered(employer, AccountType.EMPLOYER, "PT Hapus Jaya",
                "hrd@hapus.example.id", null, "id", "321503", null,
                new AccountRegistered.Employer("PT Hapus Jaya", "1234567890124", null, "Pak Budi"), Instant.now()));
        AccountEvents.publish(json, AccountEvents.jobSeeker(jobSeeker, "Kartika Sarwendah", "id",
                "kartika.sarwendah@example.id", "+6281277770001"));
        api.awaitAtLeast(employer, 1);
        api.awaitAtLeast(jobSeeker, 1);
        alert(jobSeeker, "[{\"kecamatanCode\":\"321501\"}]");
        UUID application = UUID.randomUUID();
        OtherEvents.publish(json, new ApplicationSubmitted(application, UUID.randomUUID(), employer, jobSeeker,
                "Operator Produksi", Instant.now()));
        assertThat(api.awaitAtLeast(employer, 2).items().get(0).body()).contains("Kartika Sarwendah melamar");

        AccountEvents.publish(json, new AccountStatusChanged(jobSeeker, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                AccountStatus.VERIFIED, null, null, null, List.of(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erased_account WHERE account_id = ?", Long.class, jobSeeker) == 1);
        OwnerApi.Item toEmployer = api.mine(employer).items().get(0);
        assertThat(toEmployer.body()).doesNotContain("Kartika").contains("Pelamar yang telah menghapus akun melamar");
        for (String table : List.of("notification", "delivery", "notification_preference", "job_alert", "contact",
                "named_person")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE account_id = ?", Long.class,
                    jobSeeker)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM delivery WHERE recipient IN ('kartika.sarwendah@example.id', '+6281277770001')
                OR body LIKE '%Kartika%'""", Long.class)).isZero();

        // Writes with the erased person's token are refused (the kit's revocations answer 401 first; the service's own
        // 410 account-erased stands behind them), and late events recreate nothing.
        api.putPreferences(jobSeeker, "JOB_SEEKER", "{\"email\":true,\"sms\":true,\"alerts\":[]}")
                .expectStatus().value(status -> assertThat(status).isIn(401, 410));
        AccountEvents.publish(json, AccountEvents.jobSeeker(jobSeeker, "Kartika Sarwendah", "id",
                "kartika.sarwendah@example.id", "+6281277770001"));
        RecordMetadata late = OtherEvents.publish(json, new ApplicationStatusChanged(application, UUID.randomUUID(),
                jobSeeker, "Operator Produksi", "DILIHAT", "DIKIRIM", Instant.now()));
        TestKafka.awaitConsumed("notification-service", late);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM contact WHERE account_id = ?", Long.class, jobSeeker) == 0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE account_id = ?", Long.class,
                jobSeeker)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_preference WHERE account_id = ?",
                Long.class, jobSeeker)).isZero();
    }

    @Test
    void anApplicantRenamedBeforeTheErasureLosesTheOldNameFromTheEmployersNoticesToo() {
        UUID employer = UUID.randomUUID();
        UUID jobSeeker = UUID.randomUUID();
        AccountEvents.publish(json, new AccountRegistered(employer, AccountType.EMPLOYER, "PT Ganti Nama",
                "hrd@ganti.example.id", null, "id", "321503", null,
                new AccountRegistered.Employer("PT Ganti Nama", "1234567890125", null, "Bu Wati"), Instant.now()));
        AccountEvents.publish(json, AccountEvents.jobSeeker(jobSeeker, "Wulan Sebelumkoreksi", "id"));
        api.awaitAtLeast(employer, 1);
        api.awaitAtLeast(jobSeeker, 1);
        OtherEvents.publish(json, new ApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID(), employer, jobSeeker,
                "Staf Administrasi", Instant.now()));
        assertThat(api.awaitAtLeast(employer, 2).items().get(0).body()).contains("Wulan Sebelumkoreksi melamar");
        // An approved identity correction renames the person everywhere from here on.
        AccountEvents.publish(json, AccountEvents.statusChanged(jobSeeker, AccountStatus.VERIFIED,
                "Wulan Sesudahkoreksi", null, null, List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Wulan Sesudahkoreksi".equals(jdbc.queryForObject(
                "SELECT display_name FROM contact WHERE account_id = ?", String.class, jobSeeker)));

        AccountEvents.publish(json, new AccountStatusChanged(jobSeeker, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                AccountStatus.VERIFIED, null, null, null, List.of(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erased_account WHERE account_id = ?", Long.class, jobSeeker) == 1);
        assertThat(api.mine(employer).items().get(0).body()).doesNotContain("Sebelumkoreksi", "Sesudahkoreksi")
                .contains("Pelamar yang telah menghapus akun melamar");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE body LIKE '%koreksi%'", Long.class))
                .isZero();
    }

    private UUID jobSeeker(String language) {
        UUID account = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(account, "Pencaker", language,
                "alert." + account + "@example.id", null));
        api.awaitAtLeast(account, 1);
        return account;
    }

    private void alert(UUID account, String alerts) {
        api.putPreferences(account, "JOB_SEEKER", "{\"email\":true,\"sms\":false,\"alerts\":" + alerts + "}")
                .expectStatus().isOk();
    }

    private java.util.List<String> titles(UUID account) {
        return api.mine(account).items().stream().map(OwnerApi.Item::title).toList();
    }
}
