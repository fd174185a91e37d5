package id.infoloker.vacancy.vacancies;

import static id.infoloker.vacancy.VacancyApi.admin;
import static id.infoloker.vacancy.VacancyApi.employer;
import static id.infoloker.vacancy.VacancyApi.today;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static id.infoloker.vacancy.VacancyApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyPublished;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
class VacancyLifecycleIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    VacancyClosingJob closingJob;

    VacancyApi api;

    @BeforeEach
    void api() {
        api = new VacancyApi(port, accounts);
    }

    @Test
    void draftIsPublishedUnderTheVerifiedCompanyNameThenClosedWithEvents() {
        UUID employer = api.verifiedEmployer("PT Sinar Terang Karawang");
        UUID id = api.draft(employer, vacancy("Operator Produksi", "Mengoperasikan mesin injeksi plastik."));
        api.http().get().uri("/api/vacancies/{id}", id).exchange().expectStatus().isNotFound();

        api.publish(employer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.companyName").isEqualTo("PT Sinar Terang Karawang")
                .jsonPath("$.howToApply").isEqualTo("PLATFORM");
        api.http().get().uri("/api/vacancies/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.title").isEqualTo("Operator Produksi")
                .jsonPath("$.kecamatanName").isEqualTo("TELUKJAMBE TIMUR")
                .jsonPath("$.transparency.applicants").isEqualTo(0);
        VacancyPublished published = json.readValue(outbox(Topics.VACANCY_PUBLISHED, id).get(0),
                VacancyPublished.class);
        assertThat(published.companyName()).isEqualTo("PT Sinar Terang Karawang");
        assertThat(published.minimumEducation()).isEqualTo("SMA");
        assertThat(published.salaryMax()).isEqualTo(5_500_000L);

        api.http().post().uri("/api/vacancies/{id}/close", id).header("Authorization", employer(employer)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.closeReason").isEqualTo("CLOSED_BY_EMPLOYER");
        assertThat(outbox(Topics.VACANCY_CLOSED, id)).singleElement().asString().contains("CLOSED_BY_EMPLOYER");
        api.http().post().uri("/api/vacancies/{id}/close", id).header("Authorization", employer(employer)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("vacancy-status");

        // The relay delivers both events to Kafka after commit.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE record_key = ? AND sent_at IS NOT NULL", Long.class,
                id.toString()) == 2);
    }

    @Test
    void anUnverifiedEmployerMayDraftButNotPublish() {
        UUID unverified = UUID.randomUUID();
        UUID id = api.draft(unverified, vacancy("Staf Gudang", "Menyusun stok barang."));

        api.publish(unverified, id).expectStatus().isForbidden().expectBody()
                .jsonPath("$.code").isEqualTo("employer-not-verified");
        assertThat(outbox(Topics.VACANCY_PUBLISHED, id)).isEmpty();
    }

    @Test
    void anotherEmployersVacancyIsNotFound() {
        UUID owner = api.verifiedEmployer("PT Pemilik");
        UUID other = api.verifiedEmployer("PT Lain");
        UUID id = api.draft(owner, vacancy("Admin", "Entri data."));

        api.publish(other, id).expectStatus().isNotFound().expectBody().jsonPath("$.code")
                .isEqualTo("vacancy-not-found");
        api.http().put().uri("/api/vacancies/{id}", id).header("Authorization", employer(other))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(vacancy("Admin", "Diubah orang lain."))
                .exchange().expectStatus().isNotFound();
        api.http().get().uri("/api/vacancies/{id}/applications", id).header("Authorization", employer(other))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void draftsAndPublishedVacanciesCanBeEditedButClosedOnesCannot() {
        UUID employer = api.verifiedEmployer("PT Edit");
        UUID id = api.draft(employer, vacancy("Operator", "Versi pertama."));
        api.http().put().uri("/api/vacancies/{id}", id).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(vacancy("Operator Forklift", "Versi kedua."))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Operator Forklift");
        api.publish(employer, id).expectStatus().isOk();

        api.http().put().uri("/api/vacancies/{id}", id).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(vacancy("Operator", "Versi ketiga."))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.description").isEqualTo("Versi ketiga.");
        api.http().get().uri("/api/vacancies/own").header("Authorization", employer(employer)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].status").isEqualTo("PUBLISHED");
        api.http().post().uri("/api/vacancies/{id}/close", id).header("Authorization", employer(employer))
                .exchange().expectStatus().isOk();
        api.http().put().uri("/api/vacancies/{id}", id).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(vacancy("Operator", "Versi keempat."))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void badInputIsA400NamingEachField() {
        UUID employer = api.verifiedEmployer("PT Validasi");
        Map<String, Object> bad = vacancy("", "Deskripsi");
        bad.put("closingDate", today().minusDays(1).toString());
        bad.put("kecamatanCode", "327301");
        bad.put("minimumEducation", "SLTA");
        bad.put("employmentType", "KONTRAK");
        bad.put("openings", 0);

        api.createDraft(employer, bad).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("invalid-input")
                .jsonPath("$.errors[?(@.field == 'title')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'closingDate')].code").isEqualTo("FutureOrPresent")
                .jsonPath("$.errors[?(@.field == 'kecamatanCode')].code").isEqualTo("KnownCode")
                .jsonPath("$.errors[?(@.field == 'minimumEducation')].code").isEqualTo("KnownCode")
                .jsonPath("$.errors[?(@.field == 'employmentType')].code").isEqualTo("KnownCode")
                .jsonPath("$.errors[?(@.field == 'openings')].code").isEqualTo("Positive");

        api.createDraft(employer, with(with(vacancy("Operator", "Shift"), "salaryMin", 6_000_000), "salaryMax",
                        5_000_000))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("salary-range")
                .jsonPath("$.errors[0].field").isEqualTo("salaryMin")
                .jsonPath("$.errors[1].field").isEqualTo("salaryMax");
        api.http().post().uri("/api/vacancies").header("Authorization", employer(employer))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(vacancy("Operator", "Shift"), "closingDate", "besok")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("closingDate");
    }

    @Test
    void aVacancyAskingForMoneyWaitsForAnAdministratorWhoReleasesIt() {
        UUID employer = api.verifiedEmployer("PT Cepat Kerja");
        UUID id = api.draft(employer, vacancy("Operator Produksi",
                "Pelamar dikenakan B I A Y A pelatihan dan Uang  Jaminan. Hubungi WA 0812-9999-1234."));

        api.publish(employer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("NEEDS_REVIEW")
                .jsonPath("$.matchedPhrases").value(phrases -> assertThat((List<String>) phrases)
                        .contains("biaya", "uang jaminan", "whatsapp", "081299991234"));
        api.http().get().uri("/api/vacancies/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(outbox(Topics.VACANCY_PUBLISHED, id)).isEmpty();

        api.http().get().uri("/api/vacancies/review-queue").header("Authorization", admin()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + id + "')].status")
                .isEqualTo("NEEDS_REVIEW");
        review(id, "RELEASE").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        assertThat(outbox(Topics.VACANCY_PUBLISHED, id)).hasSize(1);
        review(id, "REJECT").expectStatus().isEqualTo(409);
    }

    @Test
    void theReviewQueueShowsWhichRuleMatchedWhatTheEmployerWrote() {
        UUID employer = api.verifiedEmployer("PT Jaminan Palsu");
        UUID id = api.draft(employer, vacancy("Operator Gudang",
                "Siapkan u4ng j4minan 1 juta. Lakukan tf ke rek BCA 1234567890. "
                        + "Lamaran ke hrd.gudang (at) gmail (dot) com"));

        api.publish(employer, id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NEEDS_REVIEW");

        String held = "$[?(@.id == '" + id + "')]";
        api.http().get().uri("/api/vacancies/review-queue").header("Authorization", admin()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath(held + ".screeningEvidence[*].rule").value(rules -> assertThat((List<String>) rules)
                        .contains("money-request/deposit", "money-request/transfer", "money-request/bank-account",
                                "off-platform/free-mail"))
                .jsonPath(held + ".screeningEvidence[*].matchedText").value(texts -> assertThat((List<String>) texts)
                        .contains("u4ng j4minan 1 juta", "BCA 1234567890"))
                .jsonPath(held + ".matchedPhrases[*]").value(phrases -> assertThat((List<String>) phrases)
                        .contains("uang jaminan", "tf"));

        review(id, "RELEASE").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.screeningEvidence").isEmpty();
    }

    @Test
    void anHonestAdAboutPayPublishesDirectly() {
        UUID employer = api.verifiedEmployer("PT Jujur Sejahtera");
        UUID id = api.draft(employer, vacancy("Operator Produksi",
                "Gaji Rp 5.200.000, UMK Karawang Rp 5,2 jt, BPJS. Tanpa biaya, tidak dipungut biaya apa pun."));

        api.publish(employer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.matchedPhrases").isEmpty();
    }

    @Test
    void anAdministratorRejectsAFeeVacancyForGood() {
        UUID employer = api.verifiedEmployer("PT Calo Abadi");
        UUID id = api.draft(employer, vacancy("Sopir", "Wajib transfer uang pendaftaran Rp 1.500.000."));
        api.publish(employer, id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NEEDS_REVIEW");

        review(id, "REJECT").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.closeReason").isEqualTo("REJECTED");
        assertThat(outbox(Topics.VACANCY_CLOSED, id)).singleElement().asString().contains("REJECTED");
        review(id, "SOMETHING").expectStatus().isBadRequest();
        api.http().post().uri("/api/vacancies/{id}/review", id).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", "RELEASE")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void vacanciesCloseByThemselvesTheDayAfterTheirClosingDate() {
        UUID employer = api.verifiedEmployer("PT Tenggat");
        UUID id = api.published(employer, with(vacancy("Operator Gudang", "Tenggat besok."), "closingDate",
                today().plusDays(1).toString()));

        closingJob.closeExpired(Clock.fixed(today().plusDays(1).atTime(23, 0).atZone(VacancyApi.KARAWANG)
                .toInstant(), ZoneOffset.UTC));
        api.http().get().uri("/api/vacancies/{id}", id).exchange().expectBody().jsonPath("$.status")
                .isEqualTo("PUBLISHED");

        int closed = closingJob.closeExpired(Clock.fixed(today().plusDays(2).atStartOfDay(VacancyApi.KARAWANG)
                .toInstant(), ZoneOffset.UTC));

        assertThat(closed).isPositive();
        api.http().get().uri("/api/vacancies/{id}", id).exchange().expectBody().jsonPath("$.status")
                .isEqualTo("CLOSED");
        assertThat(outbox(Topics.VACANCY_CLOSED, id)).singleElement().asString().contains("CLOSING_DATE_PASSED");
        UUID jobSeeker = api.verifiedJobSeeker("Budi");
        api.apply(jobSeeker, id).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("vacancy-closed");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec review(UUID id, String decision) {
        return api.http().post().uri("/api/vacancies/{id}/review", id).header("Authorization", admin())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", decision)).exchange();
    }

    private List<String> outbox(String topic, UUID key) {
        return jdbc.queryForList("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? ORDER BY position",
                String.class, topic, key.toString());
    }
}
