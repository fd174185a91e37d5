package id.infoloker.account.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class ApplicantReadsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void theVacancysEmployerReadsProfileAndCvWhileOpenAndEachReadIsAuditedAndExported() {
        Caller seeker = accounts.jobSeeker();
        Caller employer = accounts.employer();
        byte[] cv = Files.pdf();
        accounts.upload(seeker, "CV", cv, "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();
        putProfile(seeker, Map.of("skills", List.of("Forklift", "Excel"),
                "experiences", List.of(Map.of("employer", "PT Gudang Sentosa", "role", "Operator forklift",
                        "from", "2021-03", "to", "2023-08")),
                "major", "Teknik Mesin", "desiredJob", "Operator gudang", "disability", "Tuna rungu ringan",
                "shareDisability", false)).expectStatus().isOk();
        UUID application = submitted(employer.id(), seeker.id());

        http.get().uri("/api/accounts/applicants/{id}", application).headers(employer.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody()
                .jsonPath("$.jobSeekerId").isEqualTo(seeker.id().toString())
                .jsonPath("$.fullName").isEqualTo(seeker.registration().get("fullName"))
                .jsonPath("$.email").isEqualTo(seeker.registration().get("email"))
                .jsonPath("$.phone").exists()
                .jsonPath("$.nik").doesNotExist()
                .jsonPath("$.careerProfile.skills[0]").isEqualTo("Forklift")
                .jsonPath("$.careerProfile.experiences[0].from").isEqualTo("2021-03")
                .jsonPath("$.careerProfile.disability").doesNotExist()
                .jsonPath("$.cv.type").isEqualTo("CV")
                .jsonPath("$.cvPath").isEqualTo("/api/accounts/applicants/" + application + "/cv");
        byte[] read = http.get().uri("/api/accounts/applicants/{id}/cv", application).headers(employer.bearer())
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(read).isEqualTo(cv);

        assertThat(jdbc.queryForList("SELECT what FROM applicant_read_audit WHERE owner_id = ? AND reader_id = ? "
                + "ORDER BY read_at", String.class, seeker.id(), employer.id())).containsExactly("PROFILE", "CV");
        http.get().uri("/api/accounts/me/export").headers(seeker.bearer()).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.employerReads.length()").isEqualTo(2)
                .jsonPath("$.employerReads[1].what").isEqualTo("CV")
                .jsonPath("$.employerReads[1].employerId").isEqualTo(employer.id().toString())
                .jsonPath("$.employerReads[1].applicationId").isEqualTo(application.toString())
                .jsonPath("$.careerProfile.disability").isEqualTo("Tuna rungu ringan");
    }

    @Test
    void aSharedDisabilityIsShownToTheEmployer() {
        Caller seeker = accounts.jobSeeker();
        Caller employer = accounts.employer();
        putProfile(seeker, Map.of("skills", List.of(), "experiences", List.of(), "disability", "Daksa (kaki kiri)",
                "shareDisability", true)).expectStatus().isOk();
        UUID application = submitted(employer.id(), seeker.id());

        http.get().uri("/api/accounts/applicants/{id}", application).headers(employer.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.careerProfile.disability").isEqualTo("Daksa (kaki kiri)")
                .jsonPath("$.cv").doesNotExist();
        http.get().uri("/api/accounts/applicants/{id}/cv", application).headers(employer.bearer()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anotherEmployerAGuessedIdOrAClosedApplicationAllGetTheSame404AndNoAuditRow() {
        Caller seeker = accounts.jobSeeker();
        Caller owner = accounts.employer();
        Caller rival = accounts.employer();
        accounts.upload(seeker, "CV", Files.pdf(), "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();
        UUID application = submitted(owner.id(), seeker.id());

        for (UUID id : List.of(application, UUID.randomUUID())) {
            for (String path : List.of("/api/accounts/applicants/{id}", "/api/accounts/applicants/{id}/cv")) {
                http.get().uri(path, id).headers(rival.bearer()).exchange().expectStatus().isNotFound()
                        .expectBody().jsonPath("$.code").isEqualTo("applicant-not-found")
                        .jsonPath("$.email").doesNotExist();
            }
        }
        http.get().uri("/api/accounts/applicants/{id}", application).headers(seeker.bearer()).exchange()
                .expectStatus().isForbidden();

        statusChanged(application, owner.id(), seeker.id(), "DITUTUP");
        await().atMost(WAIT).until(() -> "DITUTUP".equals(jdbc.queryForObject(
                "SELECT status FROM applicant_access WHERE application_id = ?", String.class, application)));
        http.get().uri("/api/accounts/applicants/{id}/cv", application).headers(owner.bearer()).exchange()
                .expectStatus().isNotFound();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM applicant_read_audit WHERE owner_id = ?", Long.class,
                seeker.id())).isZero();
    }

    @Test
    void aStatusChangeArrivingBeforeTheSubmissionIsNotUndoneByIt() {
        UUID application = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID seeker = UUID.randomUUID();
        Instant submittedAt = Instant.now().minusSeconds(60);
        statusChanged(application, employer, seeker, "DITARIK");
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT count(*) FROM applicant_access WHERE "
                + "application_id = ?", Long.class, application) == 1);
        UUID late = send(Topics.APPLICATION_SUBMITTED, application, new ApplicationSubmitted(application,
                UUID.randomUUID(), employer, seeker, "Operator", submittedAt));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE "
                + "event_id = ?", Long.class, late) == 1);
        assertThat(jdbc.queryForObject("SELECT status FROM applicant_access WHERE application_id = ?", String.class,
                application)).isEqualTo("DITARIK");
    }

    @Test
    void theCareerProfileIsTheJobSeekersOwnAndChecked() {
        Caller seeker = accounts.jobSeeker();
        http.get().uri("/api/accounts/me/career-profile").headers(seeker.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.skills").isEmpty().jsonPath("$.shareDisability").isEqualTo(false);
        putProfile(seeker, Map.of("skills", List.of("Las"), "experiences", List.of(Map.of("employer", "PT A",
                "role", "Welder", "from", "2023-05", "to", "2022-01")))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("experience-ends-before-start")
                .jsonPath("$.errors[0].field").isEqualTo("experiences[0].to");
        putProfile(seeker, Map.of("skills", List.of("Las"), "experiences", List.of(Map.of("employer", "",
                "role", "Welder", "from", "2023-05")))).expectStatus().isBadRequest();
        putProfile(seeker, Map.of("skills", List.of("Las"), "experiences", List.of(Map.of("employer", "PT A",
                "role", "Welder", "from", "2099-01")))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("experience-in-future");
        putProfile(seeker, Map.of("skills", List.of("Las", "Bubut"), "experiences", List.of(), "major", "Teknik"))
                .expectStatus().isOk().expectBody().jsonPath("$.skills[1]").isEqualTo("Bubut");
        http.get().uri("/api/accounts/me/career-profile").headers(accounts.employer().bearer()).exchange()
                .expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec putProfile(Caller seeker, Map<String, Object> body) {
        return http.put().uri("/api/accounts/me/career-profile").headers(seeker.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private UUID submitted(UUID employerId, UUID seekerId) {
        UUID application = UUID.randomUUID();
        send(Topics.APPLICATION_SUBMITTED, application, new ApplicationSubmitted(application, UUID.randomUUID(),
                employerId, seekerId, "Operator Gudang", Instant.now()));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT count(*) FROM applicant_access WHERE "
                + "application_id = ?", Long.class, application) == 1);
        return application;
    }

    private void statusChanged(UUID application, UUID employerId, UUID seekerId, String status) {
        send(Topics.APPLICATION_STATUS_CHANGED, application, new ApplicationStatusChanged(application,
                UUID.randomUUID(), seekerId, "Operator Gudang", status, "DIKIRIM", Instant.now(), employerId,
                "PT Contoh", "CLOSED_BY_EMPLOYER", null, null));
    }

    /** @return the event id */
    private UUID send(String topic, UUID key, Object event) {
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(),
                json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
        return eventId;
    }
}
