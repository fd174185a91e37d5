package id.infoloker.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The hiring loop's notices (issue 14): interview invitations with every detail, rejections, closings, take-downs. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class HiringNoticesTest extends ChannelStubs {

    private static final ApplicationStatusChanged.Interview INTERVIEW = new ApplicationStatusChanged.Interview(
            LocalDateTime.parse("2027-01-10T09:00"), "Asia/Jakarta", 60,
            "Kantor HRD, Jl. Industri Selatan 5, KIIC", null, "Ibu Rina (HRD)", "0812-3456-7001",
            "Bawa fotokopi KTP dan ijazah.", 0);

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
    void anInterviewInvitationReachesInboxEmailAndSmsWithDateWibPlaceAndContact() throws Exception {
        String phone = "+628119" + digits();
        PROVIDER.stubFor(post(urlEqualTo("/messages")).withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(ok()));
        String email = "undangan." + digits() + "@example.id";
        UUID seeker = person("Rina Wulandari", "id", email, phone);
        UUID application = UUID.randomUUID();

        publish(changed(application, seeker, UUID.randomUUID(), "WAWANCARA", null, null, INTERVIEW));

        OwnerApi.Item notice = api.awaitAtLeast(seeker, 2).items().get(0);
        assertThat(notice.title()).isEqualTo("Undangan wawancara: Staf Gudang");
        assertThat(notice.body()).contains("PT Maju Bersama mengundang Anda wawancara",
                "Minggu, 10 Januari 2027 pukul 09.00–10.00 WIB", "Tempat: Kantor HRD, Jl. Industri Selatan 5, KIIC",
                "Narahubung: Ibu Rina (HRD), 0812-3456-7001", "Catatan: Bawa fotokopi KTP dan ijazah.",
                "/lamaran/" + application, "tidak dipungut biaya").doesNotContain("Tautan");
        assertThat(notice.link()).isEqualTo("/lamaran/" + application);
        MimeMessage mail = awaitEmail(email, "Undangan wawancara: Staf Gudang");
        assertThat((String) mail.getContent()).contains("Minggu, 10 Januari 2027 pukul 09.00–10.00 WIB",
                "Ibu Rina (HRD), 0812-3456-7001");
        await().atMost(Duration.ofSeconds(30)).until(() -> !PROVIDER.findAll(postRequestedFor(urlEqualTo(
                "/messages")).withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .withRequestBody(matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("10 Januari 2027")))).isEmpty());
    }

    @Test
    void anEnglishSpeakerGetsTheInvitationInEnglishAndARescheduleSaysSo() {
        UUID seeker = person("Dewi Lestari", "en", "dewi." + digits() + "@example.id", null);
        UUID application = UUID.randomUUID();
        ApplicationStatusChanged.Interview online = new ApplicationStatusChanged.Interview(
                LocalDateTime.parse("2027-01-11T13:30"), "Asia/Jakarta", 45, null, "https://meet.example.id/abc",
                "Pak Budi", "0813-1111-2222", null, 1);

        publish(changed(application, seeker, UUID.randomUUID(), "WAWANCARA", null, null, online));

        OwnerApi.Item notice = api.awaitAtLeast(seeker, 2).items().get(0);
        assertThat(notice.title()).isEqualTo("Interview rescheduled: Staf Gudang");
        assertThat(notice.body()).contains("Monday, 11 January 2027 at 13:30–14:15 WIB",
                "Online interview link: https://meet.example.id/abc", "Contact person: Pak Budi, 0813-1111-2222")
                .doesNotContain("Where:");
    }

    @Test
    void aRejectionNamesItsReasonAndTheCompanysNote() {
        UUID seeker = person("Budi", "id", "budi." + digits() + "@example.id", null);
        UUID application = UUID.randomUUID();

        publish(changed(application, seeker, UUID.randomUUID(), "DITOLAK", "POSITION_FILLED",
                "Terima kasih, kami simpan data Anda.", null));

        OwnerApi.Item notice = api.awaitAtLeast(seeker, 2).items().get(0);
        assertThat(notice.title()).isEqualTo("Lamaran Anda tidak dilanjutkan: Staf Gudang");
        assertThat(notice.body()).contains("Alasan: posisi sudah terisi.",
                "Catatan perusahaan: Terima kasih, kami simpan data Anda.");
    }

    @Test
    void applicantsOfATakenDownVacancyAreWarnedAndItsEmployerIsTold() {
        UUID seeker = person("Sari", "id", "sari." + digits() + "@example.id", null);
        UUID employer = employer("PT Calo Jaya");
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();

        publish(changed(application, seeker, employer, "DITUTUP", "TAKEN_DOWN", null, null));
        TestKafka.send(Topics.VACANCY_CLOSED, vacancy.toString(), json.writeValueAsString(new VacancyClosed(vacancy,
                employer, "TAKEN_DOWN", Instant.now(), "Operator Gudang")));

        OwnerApi.Item toApplicant = api.awaitAtLeast(seeker, 2).items().get(0);
        assertThat(toApplicant.title()).isEqualTo("Lowongan dihentikan petugas: Staf Gudang");
        assertThat(toApplicant.body()).contains("Jangan membayar");
        OwnerApi.Item toEmployer = api.awaitAtLeast(employer, 2).items().get(0);
        assertThat(toEmployer.title()).isEqualTo("Lowongan Anda dihentikan petugas: Operator Gudang");
        assertThat(toEmployer.link()).isEqualTo("/perusahaan/lowongan/" + vacancy);
    }

    @Test
    void aClosingByTheEmployerAndAWithdrawalTellTheOtherSide() {
        UUID seeker = person("Tono", "id", "tono." + digits() + "@example.id", null);
        UUID employer = employer("PT Tutup Rapi");
        UUID closed = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();

        publish(changed(closed, seeker, employer, "DITUTUP", "CLOSED_BY_EMPLOYER", null, null));
        publish(changed(withdrawn, seeker, employer, "DITARIK", "WITHDRAWN", null, null));

        assertThat(api.awaitAtLeast(seeker, 2).items()).extracting(OwnerApi.Item::title)
                .contains("Lowongan ditutup: Staf Gudang");
        OwnerApi.Item toEmployer = api.awaitAtLeast(employer, 2).items().get(0);
        assertThat(toEmployer.title()).isEqualTo("Lamaran ditarik: Staf Gudang");
        assertThat(toEmployer.body()).contains("Tono menarik lamarannya");
        assertThat(toEmployer.link()).isEqualTo("/perusahaan/lamaran/" + withdrawn);
    }

    private ApplicationStatusChanged changed(UUID application, UUID seeker, UUID employer, String status,
                                             String reason, String note,
                                             ApplicationStatusChanged.Interview interview) {
        return new ApplicationStatusChanged(application, UUID.randomUUID(), seeker, "Staf Gudang", status, "DILIHAT",
                Instant.now(), employer, "PT Maju Bersama", reason, note, interview);
    }

    private void publish(ApplicationStatusChanged changed) {
        OtherEvents.publish(json, changed);
    }

    private UUID person(String name, String language, String email, String phone) {
        UUID account = UUID.randomUUID();
        AccountEvents.publish(json, AccountEvents.jobSeeker(account, name, language, email, phone));
        api.awaitAtLeast(account, 1);
        if (phone != null) {
            api.enableAllChannels(account, "[]");
        }
        return account;
    }

    private UUID employer(String name) {
        UUID account = UUID.randomUUID();
        AccountEvents.publish(json, new AccountRegistered(account, AccountType.EMPLOYER, name,
                "hrd." + digits() + "@example.id", null, "id", "321503", null,
                new AccountRegistered.Employer(name, "1234567890123", null, "Bu Ani"), Instant.now()));
        api.awaitAtLeast(account, 1);
        return account;
    }


    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }
}
