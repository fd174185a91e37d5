package id.infoloker.vacancy.applications;

import static id.infoloker.vacancy.VacancyApi.employer;
import static id.infoloker.vacancy.VacancyApi.jobSeeker;
import static id.infoloker.vacancy.VacancyApi.today;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static id.infoloker.vacancy.VacancyApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class HiringLoopIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataSeals seals;

    VacancyApi api;

    @BeforeEach
    void api() {
        api = new VacancyApi(port, accounts);
    }

    @Test
    void anInvitationCarriesDateWibPlaceAndContactToTheJobSeekerAndIntoTheEvent() {
        UUID employer = api.verifiedEmployer("PT Undangan Jelas");
        UUID seeker = api.verifiedJobSeeker("Rina Wulandari");
        UUID application = api.applied(seeker, api.published(employer, vacancy("Operator Produksi", "Shift.")));
        Map<String, Object> interview = VacancyApi.interview();

        api.invite(employer, application, interview).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WAWANCARA")
                .jsonPath("$.interview.place").isEqualTo(interview.get("place"));

        detail(seeker, jobSeeker(seeker)).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WAWANCARA")
                .jsonPath("$.canWithdraw").isEqualTo(true)
                .jsonPath("$.allowedNext").isEmpty()
                .jsonPath("$.interview.startsAt").value(startsAt -> assertThat((String) startsAt)
                        .startsWith((String) interview.get("startsAt")))
                .jsonPath("$.interview.timeZone").isEqualTo("Asia/Jakarta")
                .jsonPath("$.interview.durationMinutes").isEqualTo(60)
                .jsonPath("$.interview.contactName").isEqualTo("Ibu Rina (HRD)")
                .jsonPath("$.interview.contactPhone").isEqualTo("0812-3456-7001")
                .jsonPath("$.interview.calendarPath").isEqualTo("/api/applications/" + application + "/interview.ics")
                .jsonPath("$.history[0].status").isEqualTo("DIKIRIM")
                .jsonPath("$.history[1].status").isEqualTo("WAWANCARA");
        api.http().get().uri("/api/applications/{id}", application).header("Authorization", employer(employer))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.applicant.displayName").isEqualTo("Rina Wulandari")
                .jsonPath("$.allowedNext[0]").isEqualTo("DITERIMA");

        ApplicationStatusChanged event = lastEvent(application);
        assertThat(event.status()).isEqualTo("WAWANCARA");
        assertThat(event.employerId()).isEqualTo(employer);
        assertThat(event.companyName()).isEqualTo("PT Undangan Jelas");
        assertThat(event.interview().startsAt()).isEqualTo(LocalDateTime.parse((String) interview.get("startsAt")));
        assertThat(event.interview().timeZone()).isEqualTo("Asia/Jakarta");
        assertThat(event.interview().place()).isEqualTo(interview.get("place"));
        assertThat(event.interview().contactPhone()).isEqualTo("0812-3456-7001");
        assertThat(event.interview().sequence()).isZero();
    }

    @Test
    void anInvitationWithoutTimePlaceOrWithAFeeIsRefusedNamingTheField() {
        UUID employer = api.verifiedEmployer("PT Undangan Kurang");
        UUID application = api.applied(api.verifiedJobSeeker("Dedi"),
                api.published(employer, vacancy("Staf Gudang", "Bongkar muat.")));

        refused(employer, application, with(VacancyApi.interview(), "startsAt",
                LocalDateTime.now(VacancyApi.KARAWANG).minusHours(1).withNano(0).toString()), "interview-in-past",
                "startsAt");
        Map<String, Object> nowhere = with(VacancyApi.interview(), "place", null);
        refused(employer, application, nowhere, "interview-place-or-link", "place");
        refused(employer, application, with(nowhere, "onlineLink", "http://meet.example.id/abc"),
                "interview-link-https", "onlineLink");
        refused(employer, application, with(VacancyApi.interview(), "note",
                "Siapkan u4ng seragam 150rb saat datang."), "interview-asks-for-money", "note");
        api.invite(employer, application, with(VacancyApi.interview(), "contactName", " ")).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("contactName");
        api.move(employer, application, "WAWANCARA").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("interview-details-required");

        api.invite(employer, application, with(nowhere, "onlineLink", "https://meet.example.id/abc"))
                .expectStatus().isOk().expectBody().jsonPath("$.interview.onlineLink")
                .isEqualTo("https://meet.example.id/abc");
    }

    @Test
    void theCalendarFileParsesBackToTheInterviewInWibAndARescheduleReplacesIt() {
        UUID employer = api.verifiedEmployer("PT Kalender, Tbk; Karawang");
        UUID seeker = api.verifiedJobSeeker("Wati");
        UUID application = api.applied(seeker, api.published(employer, vacancy("Operator; Mesin", "Shift.")));
        String longPlace = "Gedung Serbaguna PT Kalender lantai 3, ruang rapat Cendana, Jl. Surya Utama Kav. 7, "
                + "Kawasan Industri Surya Cipta, Telukjambe Timur, Karawang — bawa pulpen";
        Map<String, Object> interview = with(with(VacancyApi.interview(), "place", longPlace),
                "startsAt", "2027-01-10T09:00");
        api.invite(employer, application, interview).expectStatus().isOk();

        byte[] file = api.http().get().uri("/api/applications/{id}/interview.ics", application)
                .header("Authorization", jobSeeker(seeker)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"wawancara-.*\\.ics\"")
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody().returnResult().getResponseBodyContent();
        String raw = new String(file, StandardCharsets.UTF_8);
        assertThat(raw).endsWith("\r\n").doesNotContain("\n\n");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Map<String, String> event = Ics.event(raw);
        assertThat(event.get("DTSTART;TZID=Asia/Jakarta")).isEqualTo("20270110T090000");
        assertThat(event.get("DTEND;TZID=Asia/Jakarta")).isEqualTo("20270110T100000");
        assertThat(event.get("UID")).isEqualTo("interview-" + application + "@infoloker");
        assertThat(event.get("SEQUENCE")).isEqualTo("0");
        assertThat(event.get("STATUS")).isEqualTo("CONFIRMED");
        assertThat(Ics.unescape(event.get("SUMMARY")))
                .isEqualTo("Wawancara: Operator; Mesin - PT Kalender, Tbk; Karawang");
        assertThat(Ics.unescape(event.get("LOCATION"))).isEqualTo(longPlace);
        assertThat(Ics.unescape(event.get("DESCRIPTION"))).contains("Ibu Rina (HRD) (0812-3456-7001)",
                "Bawa fotokopi KTP dan ijazah.");
        assertThat(Ics.properties(raw)).contains("TZID:Asia/Jakarta", "TZOFFSETTO:+0700");

        api.invite(employer, application, with(interview, "startsAt", "2027-01-11T13:30")).expectStatus().isOk();
        String moved = api.http().get().uri("/api/applications/{id}/interview.ics", application)
                .header("Authorization", employer(employer)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Ics.event(moved)).containsEntry("DTSTART;TZID=Asia/Jakarta", "20270111T133000")
                .containsEntry("SEQUENCE", "1").containsEntry("UID", "interview-" + application + "@infoloker");
        assertThat(lastEvent(application).interview().sequence()).isEqualTo(1);

        api.http().post().uri("/api/applications/{id}/withdraw", application)
                .header("Authorization", jobSeeker(seeker)).exchange().expectStatus().isOk();
        String cancelled = api.http().get().uri("/api/applications/{id}/interview.ics", application)
                .header("Authorization", jobSeeker(seeker)).exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(Ics.event(cancelled)).containsEntry("STATUS", "CANCELLED");
    }

    @Test
    void aRejectionNamesAReasonFromTheListAndOtherNeedsANote() {
        UUID employer = api.verifiedEmployer("PT Tolak Sopan");
        UUID seeker = api.verifiedJobSeeker("Budi");
        UUID application = api.applied(seeker, api.published(employer, vacancy("Sopir", "Antar barang.")));

        api.http().get().uri("/api/applications/rejection-reasons").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'POSITION_FILLED')].labelId").isEqualTo("Posisi sudah terisi")
                .jsonPath("$[?(@.code == 'POSITION_FILLED')].labelEn").isEqualTo("Position already filled");
        reject(employer, application, Map.of("reasonCode", "OTHER")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("rejection-note-required")
                .jsonPath("$.errors[0].field").isEqualTo("note");
        reject(employer, application, Map.of("reasonCode", "BECAUSE")).expectStatus().isBadRequest();
        api.move(employer, application, "DITOLAK").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("rejection-reason-required");

        reject(employer, application, Map.of("reasonCode", "POSITION_FILLED", "note", "Terima kasih sudah melamar."))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DITOLAK")
                .jsonPath("$.reasonCode").isEqualTo("POSITION_FILLED");
        assertThat(jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? "
                + "ORDER BY position DESC LIMIT 1", String.class, Topics.APPLICATION_STATUS_CHANGED,
                application.toString())).as("the note travels sealed with the job seeker's key")
                .doesNotContain("Terima kasih sudah melamar").contains("\"personalData\":\"pdp1.");
        ApplicationStatusChanged event = lastEvent(application);
        assertThat(event.status()).isEqualTo("DITOLAK");
        assertThat(event.reasonCode()).isEqualTo("POSITION_FILLED");
        assertThat(event.note()).isEqualTo("Terima kasih sudah melamar.");
        reject(employer, application, Map.of("reasonCode", "POSITION_FILLED")).expectStatus().isEqualTo(409);
    }

    @Test
    void aJobSeekerWithdrawsTheirOwnOpenApplicationOnce() {
        UUID employer = api.verifiedEmployer("PT Tarik Lamaran");
        UUID seeker = api.verifiedJobSeeker("Sari");
        UUID other = api.verifiedJobSeeker("Orang Lain");
        UUID application = api.applied(seeker, api.published(employer, vacancy("Kasir", "Toko.")));

        withdraw(other, application).expectStatus().isNotFound();
        withdraw(seeker, application).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DITARIK")
                .jsonPath("$.canWithdraw").isEqualTo(false);
        withdraw(seeker, application).expectStatus().isEqualTo(409);
        api.move(employer, application, "DILIHAT").expectStatus().isEqualTo(409);
        ApplicationStatusChanged event = lastEvent(application);
        assertThat(event.status()).isEqualTo("DITARIK");
        assertThat(event.reasonCode()).isEqualTo("WITHDRAWN");
        assertThat(event.employerId()).isEqualTo(employer);
    }

    @Test
    void anEmployerNeverReachesAnotherEmployersApplicantsWhetherIdsAreRealOrGuessed() {
        UUID owner = api.verifiedEmployer("PT Pemilik");
        UUID rival = api.verifiedEmployer("PT Pesaing");
        UUID vacancy = api.published(owner, vacancy("Operator", "Shift."));
        UUID application = api.applied(api.verifiedJobSeeker("Tono"), vacancy);
        String token = employer(rival);

        for (UUID id : List.of(application, UUID.randomUUID())) {
            api.http().get().uri("/api/applications/{id}", id).header("Authorization", token).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("application-not-found")
                    .jsonPath("$.applicant").doesNotExist();
            api.http().get().uri("/api/applications/{id}/interview.ics", id).header("Authorization", token)
                    .exchange().expectStatus().isNotFound();
            api.invite(rival, id, VacancyApi.interview()).expectStatus().isNotFound();
            reject(rival, id, Map.of("reasonCode", "POSITION_FILLED")).expectStatus().isNotFound();
            api.move(rival, id, "DILIHAT").expectStatus().isNotFound();
        }
        for (UUID id : List.of(vacancy, UUID.randomUUID())) {
            api.http().get().uri("/api/vacancies/{id}/applications", id).header("Authorization", token).exchange()
                    .expectStatus().isNotFound();
        }
        assertThat(jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, application))
                .isEqualTo("DIKIRIM");
    }

    @Test
    void closingAVacancyTellsEveryOpenApplicantAndLeavesDecidedOnesAlone() {
        UUID employer = api.verifiedEmployer("PT Tutup Rapi");
        UUID vacancy = api.published(employer, vacancy("Admin Gudang", "Input data."));
        UUID first = api.applied(api.verifiedJobSeeker("Satu"), vacancy);
        UUID second = api.applied(api.verifiedJobSeeker("Dua"), vacancy);
        UUID rejected = api.applied(api.verifiedJobSeeker("Tiga"), vacancy);
        api.move(employer, second, "DILIHAT").expectStatus().isOk();
        reject(employer, rejected, Map.of("reasonCode", "QUALIFICATION_NOT_MET")).expectStatus().isOk();

        api.http().post().uri("/api/vacancies/{id}/close", vacancy).header("Authorization", employer(employer))
                .exchange().expectStatus().isOk();

        for (UUID open : List.of(first, second)) {
            ApplicationStatusChanged told = lastEvent(open);
            assertThat(told.status()).isEqualTo("DITUTUP");
            assertThat(told.reasonCode()).isEqualTo("CLOSED_BY_EMPLOYER");
        }
        assertThat(lastEvent(second).previousStatus()).isEqualTo("DILIHAT");
        assertThat(lastEvent(rejected).status()).isEqualTo("DITOLAK");
        api.http().get().uri("/api/vacancies/own").header("Authorization", employer(employer)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + vacancy + "')].applications.total").isEqualTo(3)
                .jsonPath("$[?(@.id == '" + vacancy + "')].applications.open").isEqualTo(0)
                .jsonPath("$[?(@.id == '" + vacancy + "')].applications.byStatus.DITUTUP").isEqualTo(2)
                .jsonPath("$[?(@.id == '" + vacancy + "')].applications.byStatus.DITOLAK").isEqualTo(1);
    }

    @Test
    void ownVacanciesCountApplicationsByStatus() {
        UUID employer = api.verifiedEmployer("PT Hitung");
        UUID vacancy = api.published(employer, vacancy("QC Inspector", "Cek mutu."));
        UUID seen = api.applied(api.verifiedJobSeeker("A"), vacancy);
        api.applied(api.verifiedJobSeeker("B"), vacancy);
        api.move(employer, seen, "DILIHAT").expectStatus().isOk();

        api.http().get().uri("/api/vacancies/own").header("Authorization", employer(employer)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].id").isEqualTo(vacancy.toString())
                .jsonPath("$[0].title").isEqualTo("QC Inspector")
                .jsonPath("$[0].applications.total").isEqualTo(2)
                .jsonPath("$[0].applications.open").isEqualTo(2)
                .jsonPath("$[0].applications.byStatus.DIKIRIM").isEqualTo(1)
                .jsonPath("$[0].applications.byStatus.DILIHAT").isEqualTo(1)
                .jsonPath("$[0].applications.byStatus.DITERIMA").isEqualTo(0);
    }

    @Test
    void editingAPublishedVacancyIsScreenedAgainAndAnEvasionTakesItOutOfSearch() {
        UUID employer = api.verifiedEmployer("PT Sunting");
        Map<String, Object> body = vacancy("Operator Forklift", "Mengoperasikan forklift di gudang.");
        UUID vacancy = api.published(employer, body);

        put(employer, vacancy, with(body, "description", "Mengoperasikan forklift, shift pagi. Gaji Rp 5.200.000."))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.description").isEqualTo("Mengoperasikan forklift, shift pagi. Gaji Rp 5.200.000.");
        put(employer, vacancy, with(body, "description", "Siapkan u4ng j4minan 1 juta saat interview."))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NEEDS_REVIEW")
                .jsonPath("$.screeningEvidence[0].matchedText").value(text -> assertThat((String) text)
                        .contains("u4ng j4minan"));
        api.http().get().uri("/api/vacancies/{id}", vacancy).exchange().expectStatus().isNotFound();
        api.apply(api.verifiedJobSeeker("Pelamar"), vacancy).expectStatus().isNotFound();
        put(employer, vacancy, body).expectStatus().isEqualTo(409);
    }

    @Test
    void aPublishedVacancyIsExtendedOnlyToALaterDate() {
        UUID employer = api.verifiedEmployer("PT Perpanjang");
        Map<String, Object> body = vacancy("Helper", "Bantu produksi.");
        UUID vacancy = api.published(employer, body);

        extend(employer, vacancy, today().plusDays(10)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("extension-not-later")
                .jsonPath("$.errors[0].field").isEqualTo("validThrough");
        extend(employer, vacancy, today().minusDays(1)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("validThrough");
        extend(employer, vacancy, today().plusDays(45)).expectStatus().isOk().expectBody()
                .jsonPath("$.closingDate").isEqualTo(today().plusDays(45).toString());
        extend(api.verifiedEmployer("PT Orang Lain"), vacancy, today().plusDays(60)).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec detail(UUID seeker, String authorization) {
        UUID application = jdbc.queryForObject("SELECT id FROM application WHERE job_seeker_id = ?", UUID.class,
                seeker);
        return api.http().get().uri("/api/applications/{id}", application).header("Authorization", authorization)
                .exchange();
    }

    private void refused(UUID employer, UUID application, Map<String, Object> interview, String code, String field) {
        api.invite(employer, application, interview).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private WebTestClient.ResponseSpec reject(UUID employer, UUID application, Map<String, Object> body) {
        return api.http().post().uri("/api/applications/{id}/reject", application)
                .header("Authorization", employer(employer)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec withdraw(UUID seeker, UUID application) {
        return api.http().post().uri("/api/applications/{id}/withdraw", application)
                .header("Authorization", jobSeeker(seeker)).exchange();
    }

    private WebTestClient.ResponseSpec put(UUID employer, UUID vacancy, Map<String, Object> body) {
        return api.http().put().uri("/api/vacancies/{id}", vacancy).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec extend(UUID employer, UUID vacancy, java.time.LocalDate date) {
        return api.http().post().uri("/api/vacancies/{id}/extend", vacancy).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("validThrough", date.toString())).exchange();
    }

    private ApplicationStatusChanged lastEvent(UUID application) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? "
                + "ORDER BY position DESC LIMIT 1", String.class, Topics.APPLICATION_STATUS_CHANGED,
                application.toString());
        assertThat(payloads).isNotEmpty();
        return seals.open(json.readValue(payloads.get(0), ApplicationStatusChanged.class));
    }

    /** A small RFC 5545 reader for the test: unfolds lines, reads the VEVENT's properties. */
    static final class Ics {

        static List<String> properties(String raw) {
            String unfolded = raw.replace("\r\n ", "").replace("\r\n\t", "");
            return new ArrayList<>(List.of(unfolded.split("\r\n")));
        }

        static Map<String, String> event(String raw) {
            Map<String, String> event = new LinkedHashMap<>();
            boolean inside = false;
            for (String line : properties(raw)) {
                if (line.equals("BEGIN:VEVENT")) {
                    inside = true;
                } else if (line.equals("END:VEVENT")) {
                    inside = false;
                } else if (inside) {
                    int colon = line.indexOf(':');
                    event.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
            assertThat(event).as("one VEVENT").isNotEmpty();
            return event;
        }

        static String unescape(String text) {
            return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
        }
    }
}
