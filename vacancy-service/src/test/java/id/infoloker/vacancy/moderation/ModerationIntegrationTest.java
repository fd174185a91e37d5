package id.infoloker.vacancy.moderation;

import static id.infoloker.vacancy.VacancyApi.admin;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ModerationIntegrationTest {

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
    void anyoneMayReportButOneClientOnlyFiveTimesAnHourAndEachVacancyOnceADay() {
        UUID employer = api.verifiedEmployer("PT Dilaporkan");
        String address = randomAddress();
        UUID first = api.published(employer, vacancy("Operator", "Shift."));

        api.http().get().uri("/api/vacancies/report-reasons").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'ASKS_FOR_MONEY')].labelId").isEqualTo("Meminta uang atau biaya");
        String reportId = (String) report(first, address, Map.of("reasonCode", "ASKS_FOR_MONEY",
                        "text", "Diminta transfer 500rb"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("reportId");
        // The office's figures learn of it through the outbox: reason and ids only, no text and no reporter.
        assertThat(lastPayload(Topics.VACANCY_REPORTED, first)).contains(reportId, "ASKS_FOR_MONEY")
                .doesNotContain("transfer").doesNotContain(address);
        report(first, address, Map.of("reasonCode", "BROKER")).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("already-reported");
        report(first, randomAddress(), Map.of("reasonCode", "OTHER")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("text");
        report(first, randomAddress(), Map.of("reasonCode", "NONSENSE")).expectStatus().isBadRequest();
        for (int i = 0; i < 4; i++) {
            report(api.published(employer, vacancy("Operator " + i, "Shift.")), address,
                    Map.of("reasonCode", "MISLEADING")).expectStatus().isCreated();
        }

        report(api.published(employer, vacancy("Operator 6", "Shift.")), address, Map.of("reasonCode", "MISLEADING"))
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("report-rate-limited")
                .jsonPath("$.retryAfterSeconds").value(seconds -> assertThat(((Number) seconds).longValue())
                        .isBetween(1L, 3600L));
        report(first, randomAddress(), Map.of("reasonCode", "BROKER")).expectStatus().isCreated();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM vacancy_report WHERE reporter_key LIKE '%' || ? || '%'",
                Long.class, address)).as("no address stored").isZero();
        report(UUID.randomUUID(), randomAddress(), Map.of("reasonCode", "BROKER")).expectStatus().isNotFound();
    }

    @Test
    void takingDownTellsTheEmployerAndEveryOpenApplicantAndHidesTheAd() {
        UUID employer = api.verifiedEmployer("PT Calo Jaya");
        UUID vacancy = api.published(employer, vacancy("Operator Gudang", "Kerja gudang."));
        UUID firstSeeker = api.verifiedJobSeeker("Korban Satu");
        UUID first = api.applied(firstSeeker, vacancy);
        UUID second = api.applied(api.verifiedJobSeeker("Korban Dua"), vacancy);
        api.move(employer, second, "DILIHAT").expectStatus().isOk();
        report(vacancy, randomAddress(), Map.of("reasonCode", "ASKS_FOR_MONEY", "text", "Minta uang seragam"))
                .expectStatus().isCreated();
        UUID reviewer = UUID.randomUUID();

        moderation(reviewer, "/api/moderation/vacancies/{id}/take-down", vacancy,
                Map.of("reasonCode", "ASKS_FOR_MONEY", "note", "Pelapor diminta uang seragam lewat telepon."))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.closeReason").isEqualTo("TAKEN_DOWN");

        VacancyClosed closed = json.readValue(lastPayload(Topics.VACANCY_CLOSED, vacancy), VacancyClosed.class);
        assertThat(closed.reason()).isEqualTo("TAKEN_DOWN");
        assertThat(closed.employerId()).isEqualTo(employer);
        for (UUID application : List.of(first, second)) {
            ApplicationStatusChanged told = json.readValue(lastPayload(Topics.APPLICATION_STATUS_CHANGED, application),
                    ApplicationStatusChanged.class);
            assertThat(told.status()).isEqualTo("DITUTUP");
            assertThat(told.reasonCode()).isEqualTo("TAKEN_DOWN");
        }
        // "Lamaran saya" reads the reason from both the list and the detail: staff, not the company, ended it.
        api.http().get().uri("/api/applications/mine").header("Authorization", VacancyApi.jobSeeker(firstSeeker))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].applicationId").isEqualTo(first.toString())
                .jsonPath("$[0].status").isEqualTo("DITUTUP")
                .jsonPath("$[0].reasonCode").isEqualTo("TAKEN_DOWN");
        Map<?, ?> detail = api.http().get().uri("/api/applications/{id}", first)
                .header("Authorization", VacancyApi.jobSeeker(firstSeeker)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(detail.get("status")).isEqualTo("DITUTUP");
        assertThat(detail.get("reasonCode")).isEqualTo("TAKEN_DOWN");
        assertThat(detail.get("note")).as("the reviewer's note stays in the audit").isNull();
        assertThat((List<?>) detail.get("history")).last().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("status", "DITUTUP").containsEntry("reasonCode", "TAKEN_DOWN");
        api.http().get().uri("/api/vacancies/{id}", vacancy).exchange().expectStatus().isNotFound();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM vacancy_report WHERE vacancy_id = ? AND resolved_at "
                + "IS NULL", Long.class, vacancy)).isZero();
        assertThat(jdbc.queryForMap("SELECT actor_id, action, reason_code, note FROM moderation_audit WHERE "
                + "vacancy_id = ?", vacancy)).containsEntry("actor_id", reviewer).containsEntry("action", "TAKE_DOWN")
                .containsEntry("reason_code", "ASKS_FOR_MONEY")
                .containsEntry("note", "Pelapor diminta uang seragam lewat telepon.");
        moderation(reviewer, "/api/moderation/vacancies/{id}/take-down", vacancy,
                Map.of("reasonCode", "ASKS_FOR_MONEY", "note", "lagi")).expectStatus().isEqualTo(409);
        moderation(reviewer, "/api/moderation/vacancies/{id}/take-down", vacancy, Map.of("reasonCode",
                "ASKS_FOR_MONEY")).expectStatus().isBadRequest();
    }

    @Test
    void theAuditCannotBeRewritten() {
        UUID employer = api.verifiedEmployer("PT Catatan");
        UUID vacancy = api.published(employer, vacancy("Staf", "Administrasi."));
        moderation(UUID.randomUUID(), "/api/moderation/vacancies/{id}/notes", vacancy,
                Map.of("note", "Sudah ditelepon, perusahaan nyata.")).expectStatus().isNoContent();

        assertThatThrownBy(() -> jdbc.update("UPDATE moderation_audit SET note = 'dihapus' WHERE vacancy_id = ?",
                vacancy)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM moderation_audit WHERE vacancy_id = ?", vacancy))
                .hasMessageContaining("append-only");
    }

    @Test
    void aSuspendedEmployerIsHiddenAndPostsNothingUntilTheSuspensionIsLifted() {
        UUID employer = api.verifiedEmployer("PT Ditangguhkan");
        UUID live = api.published(employer, vacancy("Operator", "Shift."));
        UUID draft = api.draft(employer, vacancy("Operator Baru", "Shift."));
        UUID reviewer = UUID.randomUUID();

        moderation(reviewer, "/api/moderation/employers/{id}/suspend", employer,
                Map.of("reasonCode", "BROKER", "note", "Tiga laporan calo dalam seminggu."))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.suspension.reasonCode").isEqualTo("BROKER")
                .jsonPath("$.vacanciesByStatus.HIDDEN").isEqualTo(1)
                .jsonPath("$.decisions[0].action").isEqualTo("SUSPEND");
        api.http().get().uri("/api/vacancies/{id}", live).exchange().expectStatus().isNotFound();
        api.apply(api.verifiedJobSeeker("Pelamar"), live).expectStatus().isNotFound();
        api.publish(employer, draft).expectStatus().isForbidden().expectBody().jsonPath("$.code")
                .isEqualTo("employer-suspended");
        moderation(reviewer, "/api/moderation/employers/{id}/suspend", employer,
                Map.of("reasonCode", "BROKER", "note", "lagi")).expectStatus().isEqualTo(409);
        moderation(reviewer, "/api/moderation/employers/{id}/suspend", UUID.randomUUID(),
                Map.of("reasonCode", "BROKER", "note", "tidak ada")).expectStatus().isNotFound();

        moderation(reviewer, "/api/moderation/employers/{id}/lift-suspension", employer,
                Map.of("note", "Klarifikasi diterima, izin usaha sah.")).expectStatus().isOk().expectBody()
                .jsonPath("$.suspension").doesNotExist()
                .jsonPath("$.vacanciesByStatus.PUBLISHED").isEqualTo(1)
                .jsonPath("$.decisions[0].action").isEqualTo("LIFT_SUSPENSION")
                .jsonPath("$.decisions[1].note").isEqualTo("Tiga laporan calo dalam seminggu.");
        api.http().get().uri("/api/vacancies/{id}", live).exchange().expectStatus().isOk();
        api.publish(employer, draft).expectStatus().isOk();
    }

    @Test
    void theReportQueueShowsTheVacancyItsScreeningEvidenceAndTheEmployersHistory() {
        UUID employer = api.verifiedEmployer("PT Antrean Laporan");
        UUID vacancy = api.published(employer, vacancy("Operator Produksi", "Kerja shift di KIIC."));
        report(vacancy, randomAddress(), Map.of("reasonCode", "CONTACT_OUTSIDE_PLATFORM",
                "text", "Di telepon diminta chat ke WA 0812 3456 7890")).expectStatus().isCreated();

        api.http().get().uri("/api/moderation/reports").header("Authorization", admin()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.vacancy.id == '" + vacancy + "')].reports[0].reasonCode")
                .isEqualTo("CONTACT_OUTSIDE_PLATFORM")
                .jsonPath("$[?(@.vacancy.id == '" + vacancy + "')].reports[0].reporterSignedIn").isEqualTo(false)
                .jsonPath("$[?(@.vacancy.id == '" + vacancy + "')].screeningEvidenceNow").isArray()
                .jsonPath("$[?(@.vacancy.id == '" + vacancy + "')].employer.companyName")
                .isEqualTo("PT Antrean Laporan")
                .jsonPath("$[?(@.vacancy.id == '" + vacancy + "')].employer.reportsReceived").isEqualTo(1);
        moderation(UUID.randomUUID(), "/api/moderation/vacancies/{id}/dismiss-reports", vacancy,
                Map.of("note", "Nomor itu milik HRD resmi, bukan calo.")).expectStatus().isNoContent();
        moderation(UUID.randomUUID(), "/api/moderation/vacancies/{id}/dismiss-reports", vacancy,
                Map.of("note", "lagi")).expectStatus().isEqualTo(409);
    }

    private WebTestClient.ResponseSpec report(UUID vacancy, String address, Map<String, Object> body) {
        return api.http().post().uri("/api/vacancies/{id}/reports", vacancy).header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec moderation(UUID admin, String path, UUID id, Map<String, Object> body) {
        return api.http().post().uri(path, id).header("Authorization", "Bearer " + TestTokens.forAccount(admin, "ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String lastPayload(String topic, UUID key) {
        return jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? "
                + "ORDER BY position DESC LIMIT 1", String.class, topic, key.toString());
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
