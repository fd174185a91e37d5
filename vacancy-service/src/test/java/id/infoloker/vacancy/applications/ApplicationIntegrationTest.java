package id.infoloker.vacancy.applications;

import static id.infoloker.vacancy.VacancyApi.employer;
import static id.infoloker.vacancy.VacancyApi.jobSeeker;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ApplicationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    VacancyApi api;

    @BeforeEach
    void api() {
        api = new VacancyApi(port, accounts);
    }

    @Test
    void aVerifiedJobSeekerAppliesOnceWithAnEvent() {
        UUID employer = api.verifiedEmployer("PT Satu Kali");
        UUID vacancy = api.published(employer, vacancy("Operator Produksi", "Shift."));
        UUID seeker = api.verifiedJobSeeker("Siti Aminah");

        UUID application = api.applied(seeker, vacancy);
        api.apply(seeker, vacancy).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("already-applied");

        List<String> events = outbox(Topics.APPLICATION_SUBMITTED, application);
        assertThat(events).hasSize(1);
        ApplicationSubmitted submitted = json.readValue(events.get(0), ApplicationSubmitted.class);
        assertThat(submitted.employerId()).isEqualTo(employer);
        assertThat(submitted.jobSeekerId()).isEqualTo(seeker);
        assertThat(submitted.vacancyTitle()).isEqualTo("Operator Produksi");
        api.http().get().uri("/api/applications/mine").header("Authorization", jobSeeker(seeker)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].applicationId").isEqualTo(application.toString())
                .jsonPath("$[0].status").isEqualTo("DIKIRIM")
                .jsonPath("$[0].companyName").isEqualTo("PT Satu Kali");
    }

    @Test
    void aConcurrentDoubleSubmitGivesOneApplicationAndA409() throws Exception {
        UUID employer = api.verifiedEmployer("PT Serentak");
        UUID vacancy = api.published(employer, vacancy("Staf Gudang", "Bongkar muat."));
        UUID seeker = api.verifiedJobSeeker("Dedi");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/vacancies/"
                        + vacancy + "/applications"))
                .header("Authorization", jobSeeker(seeker)).POST(HttpRequest.BodyPublishers.noBody()).build();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Integer> submit = () -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                };
                statuses.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            assertThat(codes).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM application WHERE vacancy_id = ? AND job_seeker_id = ?",
                Long.class, vacancy, seeker)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND payload LIKE ?",
                Long.class, Topics.APPLICATION_SUBMITTED, "%" + seeker + "%")).isEqualTo(1);
    }

    @Test
    void onlyVerifiedJobSeekersApplyAndOnlyToPublishedVacancies() {
        UUID employer = api.verifiedEmployer("PT Syarat");
        UUID published = api.published(employer, vacancy("Admin", "Entri data."));
        UUID draft = api.draft(employer, vacancy("Admin", "Belum terbit."));

        api.apply(UUID.randomUUID(), published).expectStatus().isForbidden().expectBody().jsonPath("$.code")
                .isEqualTo("job-seeker-not-verified");
        UUID employerAccount = UUID.randomUUID();
        accounts.seedVerified(employerAccount, "EMPLOYER", "Bukan pencari kerja", Instant.now());
        api.apply(employerAccount, published).expectStatus().isForbidden();
        UUID seeker = api.verifiedJobSeeker("Rina");
        api.apply(seeker, draft).expectStatus().isNotFound();
        api.apply(seeker, UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void theEmployerMovesApplicantsThroughThePipelineAndTheJobSeekerFollows() {
        UUID employer = api.verifiedEmployer("PT Pipa");
        UUID vacancy = api.published(employer, vacancy("Operator Forklift", "Gudang."));
        UUID seeker = api.verifiedJobSeeker("Agus Salim");
        UUID application = api.applied(seeker, vacancy);

        api.http().get().uri("/api/vacancies/{id}/applications", vacancy).header("Authorization", employer(employer))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].displayName").isEqualTo("Agus Salim")
                .jsonPath("$[0].status").isEqualTo("DIKIRIM");
        api.move(employer, application, "DITERIMA").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("illegal-transition")
                .jsonPath("$.allowedNext[0]").isEqualTo("DILIHAT")
                .jsonPath("$.allowedNext[1]").isEqualTo("DITOLAK");
        UUID stranger = api.verifiedEmployer("PT Tetangga");
        api.move(stranger, application, "DILIHAT").expectStatus().isNotFound();

        for (String status : List.of("DILIHAT", "DIPROSES")) {
            api.move(employer, application, status).expectStatus().isOk().expectBody().jsonPath("$.status")
                    .isEqualTo(status);
        }
        api.invite(employer, application, VacancyApi.interview()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WAWANCARA");
        api.move(employer, application, "DITERIMA").expectStatus().isOk().expectBody().jsonPath("$.status")
                .isEqualTo("DITERIMA");
        api.move(employer, application, "DITOLAK").expectStatus().isEqualTo(409);
        api.move(employer, application, "DIBATALKAN").expectStatus().isBadRequest();

        api.http().get().uri("/api/applications/mine").header("Authorization", jobSeeker(seeker)).exchange()
                .expectBody().jsonPath("$[0].status").isEqualTo("DITERIMA");
        List<ApplicationStatusChanged> changes = outbox(Topics.APPLICATION_STATUS_CHANGED, application).stream()
                .map(payload -> json.readValue(payload, ApplicationStatusChanged.class)).toList();
        assertThat(changes).extracting(ApplicationStatusChanged::status)
                .containsExactly("DILIHAT", "DIPROSES", "WAWANCARA", "DITERIMA");
        assertThat(changes.get(0).previousStatus()).isEqualTo("DIKIRIM");
    }

    @Test
    void everyoneSeesHowManyAppliedAreInProcessAndWereHiredFromWhereButNoNames() {
        UUID employer = api.verifiedEmployer("PT Terbuka");
        UUID vacancy = api.published(employer, vacancy("Operator Produksi", "Transparan."));
        UUID fromKlari = jobSeekerFrom("Wawan Setiawan", "321505");
        UUID fromCikampek = jobSeekerFrom("Nur Aisyah", "321513");
        UUID inProcess = api.verifiedJobSeeker("Joko Susilo");
        UUID justSent = api.verifiedJobSeeker("Tuti Handayani");

        hire(employer, api.applied(fromKlari, vacancy));
        hire(employer, api.applied(fromCikampek, vacancy));
        UUID processing = api.applied(inProcess, vacancy);
        api.move(employer, processing, "DILIHAT").expectStatus().isOk();
        api.move(employer, processing, "DIPROSES").expectStatus().isOk();
        api.applied(justSent, vacancy);

        String body = api.http().get().uri("/api/vacancies/{id}", vacancy).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        api.http().get().uri("/api/vacancies/{id}", vacancy).exchange().expectBody()
                .jsonPath("$.transparency.applicants").isEqualTo(4)
                .jsonPath("$.transparency.inProcess").isEqualTo(1)
                .jsonPath("$.transparency.hired").isEqualTo(2)
                .jsonPath("$.transparency.hiresByKecamatan[?(@.kecamatanCode == '321505')].hired").isEqualTo(1)
                .jsonPath("$.transparency.hiresByKecamatan[?(@.kecamatanCode == '321513')].kecamatanName")
                .isEqualTo("CIKAMPEK");
        assertThat(body).doesNotContain("Wawan", "Aisyah", "Joko", "Tuti", fromKlari.toString());
    }

    @Test
    void anErasedJobSeekersNameDisappearsFromTheApplicantList() {
        UUID employer = api.verifiedEmployer("PT Lupa");
        UUID vacancy = api.published(employer, vacancy("Admin", "Entri data."));
        UUID seeker = api.verifiedJobSeeker("Hendra Gunawan");
        api.applied(seeker, vacancy);

        AccountStatusChanged erased = new AccountStatusChanged(seeker, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                AccountStatus.VERIFIED, null, null, null, List.of(), Instant.now().plusSeconds(1));
        VacancyApi.publishRecord(Topics.ACCOUNT_STATUS_CHANGED, seeker.toString(), json.writeValueAsString(erased));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(accounts.find(seeker))
                .hasValueSatisfying(account -> assertThat(account.status()).isEqualTo("ERASED")));
        String applicants = api.http().get().uri("/api/vacancies/{id}/applications", vacancy)
                .header("Authorization", employer(employer)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(applicants).doesNotContain("Hendra", seeker.toString()).contains("\"displayName\":null")
                .contains("\"applicantErased\":true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM application WHERE vacancy_id = ?", Long.class, vacancy))
                .as("the vacancy's counts keep the application").isEqualTo(1L);
        // The erased account's token stops working here too (service-kit revocations), before it would expire.
        api.apply(seeker, api.published(employer, vacancy("Admin 2", "Lagi."))).expectStatus().isUnauthorized();
    }

    @Test
    void anErasedJobSeekersKecamatanFollowsThePseudonymAndAReplayedRegistrationRecordsNothing() {
        UUID employer = api.verifiedEmployer("PT Ingat");
        UUID vacancy = api.published(employer, vacancy("Kasir", "Melayani pembeli."));
        UUID seeker = jobSeekerFrom("Yanti Erasa", "321506");
        hire(employer, api.applied(seeker, vacancy));

        AccountStatusChanged erased = new AccountStatusChanged(seeker, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                AccountStatus.VERIFIED, null, null, null, List.of(), Instant.now().plusSeconds(1));
        VacancyApi.publishRecord(Topics.ACCOUNT_STATUS_CHANGED, seeker.toString(), json.writeValueAsString(erased));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erased_account WHERE account_id = ?", Long.class, seeker) == 1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM application WHERE job_seeker_id = ?", Long.class,
                seeker)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_domicile WHERE account_id = ?", Long.class,
                seeker)).isZero();
        api.http().get().uri("/api/vacancies/{id}", vacancy).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.transparency.hired").isEqualTo(1)
                .jsonPath("$.transparency.hiresByKecamatan[?(@.kecamatanCode == '321506')].hired").isEqualTo(1);

        AccountRegistered replayed = new AccountRegistered(seeker, AccountType.JOB_SEEKER, null, null, null, "id",
                "321506", null, null, Instant.now());
        VacancyApi.publishRecord(Topics.ACCOUNT_REGISTERED, seeker.toString(), json.writeValueAsString(replayed));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM account_domicile WHERE account_id = ?", Long.class, seeker) == 0);
    }

    /** The kecamatan arrives with account.registered.v1 through Kafka, like in production. */
    private UUID jobSeekerFrom(String name, String kecamatan) {
        UUID id = api.verifiedJobSeeker(name);
        AccountRegistered registered = new AccountRegistered(id, AccountType.JOB_SEEKER, name,
                "pelamar@example.id", "+6281200000000", "id", kecamatan,
                new AccountRegistered.JobSeeker("3215014506990001", "Karawang", LocalDate.of(1999, 6, 5), "F", "SMK"),
                null, Instant.now());
        VacancyApi.publishRecord(Topics.ACCOUNT_REGISTERED, id.toString(), json.writeValueAsString(registered));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM account_domicile WHERE account_id = ? AND kecamatan_code = ?", Long.class, id,
                kecamatan) == 1);
        return id;
    }

    private void hire(UUID employer, UUID application) {
        api.hire(employer, application);
    }

    private List<String> outbox(String topic, UUID key) {
        return jdbc.queryForList("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? ORDER BY position",
                String.class, topic, key.toString());
    }
}
