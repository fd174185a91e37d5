package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.events.VacancyPublished;
import id.infoloker.events.VacancyReported;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.verification.reports.LabourMarketReport;
import id.infoloker.verification.reports.LabourMarketReports;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scripted day — registrations, decisions, vacancies, applications, a take-down, feedback — and the month's report
 * moves by exactly that much; its totals equal counts taken independently from this service's own tables.
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class LabourMarketReportIntegrationTest {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LabourMarketReports reports;

    StaffApi api;
    private final UUID admin = UUID.randomUUID();
    private final UUID verifier = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    @Test
    void aScriptedDayMovesTheMonthsFiguresByExactlyWhatHappened() {
        YearMonth month = YearMonth.now(OFFICE);
        LabourMarketReport before = reports.of(month);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(OFFICE);

        VerificationCase siti = register("3215014506990001", today.minusYears(27), "F", "321501", now);
        VerificationCase budi = register("3215011001040002", today.minusYears(22), "M", "321503", now);
        VerificationCase joko = register("3215011001040003", today.minusYears(22), "M", "321503", now);
        decide(siti, "{\"outcome\":\"APPROVED\"}");
        decide(budi, "{\"outcome\":\"APPROVED\"}");
        decide(joko, "{\"outcome\":\"REVISION_REQUESTED\",\"note\":\"Foto KTP buram\",\"documentsToRedo\":[\"KTP\"]}");

        UUID gudang = UUID.randomUUID();
        UUID kasir = UUID.randomUUID();
        publish(Topics.VACANCY_PUBLISHED, gudang, new VacancyPublished(gudang, UUID.randomUUID(), "PT Maju", "Staf Gudang",
                "321503", "SMK", "PKWT", 5_200_000L, null, today.plusDays(30), now));
        publish(Topics.VACANCY_PUBLISHED, kasir, new VacancyPublished(kasir, UUID.randomUUID(), "PT Calo", "Kasir",
                "321501", "SMA", "PKWTT", null, null, today.plusDays(30), now));
        UUID reportId = UUID.randomUUID();
        publish(Topics.VACANCY_REPORTED, kasir, new VacancyReported(reportId, kasir, "ASKS_FOR_MONEY", now));
        // Delivered twice (a redelivery after a relay crash): still one report.
        publish(Topics.VACANCY_REPORTED, kasir, new VacancyReported(reportId, kasir, "ASKS_FOR_MONEY", now));
        publish(Topics.VACANCY_CLOSED, kasir, new VacancyClosed(kasir, UUID.randomUUID(), "TAKEN_DOWN", now));
        UUID[] applications = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID application : applications) {
            publish(Topics.APPLICATION_SUBMITTED, application, new ApplicationSubmitted(application, gudang,
                    UUID.randomUUID(), UUID.randomUUID(), "Staf Gudang", now));
        }
        publish(Topics.APPLICATION_STATUS_CHANGED, applications[0], new ApplicationStatusChanged(applications[0],
                gudang, UUID.randomUUID(), "Staf Gudang", "DITERIMA", "WAWANCARA", now));
        publish(Topics.APPLICATION_STATUS_CHANGED, applications[1], new ApplicationStatusChanged(applications[1],
                gudang, UUID.randomUUID(), "Staf Gudang", "DITOLAK", "DIPROSES", now));
        api.raw().post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "SUGGESTION", "text", "Tambah lowongan magang")).exchange()
                .expectStatus().isCreated();

        LabourMarketReport after = await().atMost(WAIT).until(() -> reports.of(month),
                report -> report.placements() > before.placements()
                        && report.closures().getOrDefault("TAKEN_DOWN", 0L) > before.closures().getOrDefault("TAKEN_DOWN", 0L)
                        && report.reports().getOrDefault("ASKS_FOR_MONEY", 0L)
                                > before.reports().getOrDefault("ASKS_FOR_MONEY", 0L)
                        && report.applications() >= before.applications() + 3
                        && report.vacancies().total() >= before.vacancies().total() + 2);

        assertThat(after.registered().total() - before.registered().total()).isEqualTo(3);
        assertThat(delta(after.registered().bySex(), before.registered().bySex(), "F")).isEqualTo(1);
        assertThat(delta(after.registered().bySex(), before.registered().bySex(), "M")).isEqualTo(2);
        assertThat(delta(after.registered().byAgeGroup(), before.registered().byAgeGroup(), "25-29")).isEqualTo(1);
        assertThat(delta(after.registered().byAgeGroup(), before.registered().byAgeGroup(), "20-24")).isEqualTo(2);
        assertThat(delta(after.registered().byKecamatan(), before.registered().byKecamatan(), "321503")).isEqualTo(2);
        assertThat(after.verified().total() - before.verified().total()).isEqualTo(2);
        assertThat(after.vacancies().total() - before.vacancies().total()).isEqualTo(2);
        assertThat(delta(after.vacancies().byEducation(), before.vacancies().byEducation(), "SMK")).isEqualTo(1);
        assertThat(delta(after.vacancies().byEmploymentType(), before.vacancies().byEmploymentType(), "PKWTT"))
                .isEqualTo(1);
        assertThat(after.applications() - before.applications()).isEqualTo(3);
        assertThat(after.placements() - before.placements()).isEqualTo(1);
        assertThat(delta(after.closures(), before.closures(), "TAKEN_DOWN")).isEqualTo(1);
        assertThat(delta(after.reports(), before.reports(), "ASKS_FOR_MONEY")).isEqualTo(1);
        assertThat(delta(after.feedback(), before.feedback(), "SUGGESTION")).isEqualTo(1);
        assertThat(after.verification().decisions() - before.verification().decisions()).isEqualTo(3);
        assertThat(after.verification().medianWaitHours()).isNotNull();

        // Independently, from the service's own tables: the same totals.
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(OFFICE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(OFFICE).toInstant());
        assertThat(after.registered().total()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM verification_case "
                + "WHERE account_type = 'JOB_SEEKER' AND registered_at >= ? AND registered_at < ?", Long.class, from, to));
        assertThat(after.verification().decisions()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM "
                + "verification_decision WHERE decided_at >= ? AND decided_at < ?", Long.class, from, to));
    }

    @Test
    void theReportPageAndItsDownloadsAreForAnAdminOnly() throws Exception {
        String page = api.get("/console/laporan", admin, "ADMIN").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("id=\"registered-total\"", "Laporan pasar kerja", "laporan.csv", "laporan.pdf")
                .doesNotContain("<script src=\"http");
        String month = YearMonth.now(OFFICE).toString();

        String csv = api.get("/console/laporan.csv?bulan=" + month, admin, "ADMIN").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("month,section,key,value").contains(month + ",registered,total,");
        byte[] pdf = api.get("/console/laporan.pdf?bulan=" + month, admin, "ADMIN").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Laporan pasar kerja " + month, "registered");
        }

        api.get("/console/laporan", verifier, "VERIFIER").expectStatus().isForbidden();
        api.get("/console/laporan.csv", verifier, "VERIFIER").expectStatus().isForbidden();
        api.get("/console/laporan?bulan=kemarin", admin, "ADMIN").expectStatus().isBadRequest();
    }

    private VerificationCase register(String nik, LocalDate birthDate, String sex, String kecamatan, Instant at) {
        UUID accountId = UUID.randomUUID();
        Registrations.publish(json, Registrations.jobSeeker(accountId, "Pencaker " + sex, nik, birthDate, sex,
                kecamatan, at), UUID.randomUUID().toString());
        Registrations.submitDocuments(json, accountId, AccountType.JOB_SEEKER, 1, Registrations.JOB_SEEKER_DOCUMENTS);
        return await().atMost(WAIT).until(() -> cases.findByAccountId(accountId).orElse(null),
                found -> found != null && found.documentsComplete());
    }

    /** The ADMIN gives the case to the verifier, who takes it as their next and decides. */
    private void decide(VerificationCase theCase, String decision) {
        api.raw().post().uri("/api/verification/cases/{id}/assign?verifierId={v}", theCase.id(), verifier)
                .header(HttpHeaders.AUTHORIZATION, StaffApi.bearer(admin, "ADMIN")).exchange()
                .expectStatus().isNoContent();
        api.claimNext(verifier, "VERIFIER").expectStatus().isOk();
        api.decide(theCase.id(), verifier, "VERIFIER", decision).expectStatus().isOk();
    }

    private void publish(String topic, UUID key, Object event) {
        TestKafka.send(topic, key.toString(), json.writeValueAsString(event));
    }

    private static long delta(Map<String, Long> after, Map<String, Long> before, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }
}
