package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's pages and htmx endpoints over HTTP, as the gateway calls them (the verifier's bearer token; the
 * gateway itself handles the cookie login and CSRF).
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ConsoleIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String bearer(UUID account, String role) {
        return StaffApi.bearer(account, role);
    }

    private String page(String path, UUID verifier, String role) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(verifier, role))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theDashboardShowsTheLiveQueueInBahasaIndonesiaAndSwitchesToEnglish() {
        UUID verifier = UUID.randomUUID();
        String dashboard = page("/console", verifier, "VERIFIER");
        assertThat(dashboard).contains("Antrean verifikasi").contains("id=\"queue-depth\"")
                .contains("hx-trigger=\"every 3s\"").contains("Ambil kasus berikutnya")
                .containsPattern("/console/webjars/htmx.org/[0-9.]+/dist/htmx.min.js").contains("/console/js/console.js")
                .doesNotContain("<script>").doesNotContain("onclick");

        // An office PC set to English still gets the console in Bahasa Indonesia until the verifier switches.
        String browserInEnglish = http.get().uri("/console")
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(browserInEnglish).contains("Antrean verifikasi");

        String fragment = page("/console/fragments/queue", verifier, "VERIFIER");
        assertThat(fragment).startsWith("<section id=\"queue\"").contains("Keputusan hari ini");

        var english = http.get().uri("/console?lang=en").header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.SET_COOKIE, cookie -> assertThat(cookie)
                        .contains("console-lang=en").contains("Path=/console"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Verification queue").contains("Take the next case");
        String remembered = http.get().uri("/console/decisions")
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .cookie("console-lang", "en")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(remembered).contains("My recent decisions");
    }

    @Test
    void claimOpensTheCaseWithDataChecksAndDocumentsAndAnHtmxApprovalGoesStraightToTheNextCase() {
        VerificationCase first = Registrations.registerAndAwaitCase(json, cases,
                Instant.parse("1970-01-02T00:00:00Z"));
        VerificationCase second = Registrations.registerAndAwaitCase(json, cases,
                Instant.parse("1970-01-03T00:00:00Z"));
        UUID verifier = UUID.randomUUID();

        http.post().uri("/console/cases/claim-next").header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/cases/" + first.id());

        String casePage = page("/console/cases/" + first.id(), verifier, "VERIFIER");
        assertThat(casePage).contains(first.displayName()).contains("3215014506990001")
                .contains("data-check=\"NIK_STRUCTURE\"").contains("data-verdict=\"PASS\"")
                // Every test registration shares the NIK: a highlighted FAIL.
                .contains("data-check=\"NIK_DUPLICATE\" data-verdict=\"FAIL\"")
                .contains("data-document-type=\"KTP\"").contains("data-document-type=\"PAS_FOTO\"")
                .contains("data-shortcut=\"a\"").contains("data-shortcut-panel=\"r\"")
                .contains("data-shortcut-panel=\"v\"").contains("A = setujui")
                .contains("NIK_TIDAK_VALID").contains("name=\"_csrf\"")
                // account-service is not running in this test: types only, and it says so.
                .contains("hanya jenis dokumen");

        http.post().uri("/console/cases/{id}/decision", first.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .header("HX-Request", "true")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=x&outcome=APPROVED")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("HX-Redirect", "/console/cases/" + second.id());
        assertThat(cases.findById(first.id()).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(cases.findById(second.id()).orElseThrow().claimedBy()).isEqualTo(verifier);

        // An incomplete rejection: the error fragment, in the page's language, and the case stays claimed.
        String error = http.post().uri("/console/cases/{id}/decision", second.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .header("HX-Request", "true")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("outcome=REJECTED&reasonCode=&note=")
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(error).startsWith("<div id=\"feedback\"").contains("role=\"alert\"").contains("kode alasan");

        // A plain form (no htmx): revision request, then a 303 to the next case or the empty dashboard.
        http.post().uri("/console/cases/{id}/decision", second.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("outcome=REVISION_REQUESTED&documentsToRedo=KTP&documentsToRedo=CV&note=Buram")
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(cases.findById(second.id()).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);

        String mine = page("/console/decisions", verifier, "VERIFIER");
        assertThat(mine).contains(first.displayName()).contains(second.displayName()).contains("Revisi diminta");
    }

    @Test
    void someoneElsesCaseIsReadOnlyWithoutTheNikAndTheirDecisionIsA409Page() {
        VerificationCase held = Registrations.registerAndAwaitCase(json, cases, Instant.parse("1970-01-01T00:00:00Z"));
        UUID holder = UUID.randomUUID();
        http.post().uri("/console/cases/claim-next").header(HttpHeaders.AUTHORIZATION, bearer(holder, "VERIFIER"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER);
        UUID other = UUID.randomUUID();

        String page = page("/console/cases/" + held.id(), other, "VERIFIER");
        assertThat(page).contains("id=\"not-held\"").doesNotContain("data-shortcut=\"a\"")
                .doesNotContain("3215014506990001");
        // The NIK in full: to the verifier holding the case and to an ADMIN, to nobody else.
        assertThat(page("/console/cases/" + held.id(), holder, "VERIFIER"))
                .contains("id=\"person-nik\">3215014506990001<");
        assertThat(page("/console/cases/" + held.id(), UUID.randomUUID(), "ADMIN"))
                .contains("id=\"person-nik\">3215014506990001<");
        String refused = http.post().uri("/console/cases/{id}/decision", held.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(other, "VERIFIER"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("outcome=APPROVED")
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("tidak Anda klaim");

        http.post().uri("/console/cases/{id}/release", held.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(holder, "VERIFIER"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console");
        // Leave nothing older than other tests' cases waiting: it is the head again, decide it.
        StaffApi api = new StaffApi(port);
        api.claimNext(holder, "VERIFIER").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(held.id().toString());
        api.decide(held.id(), holder, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();
    }

    @Test
    void theCasePageShowsKecamatanNamesContactsAndChecksBesideTheirField() {
        VerificationCase held = Registrations.registerAndAwaitCase(json, cases, Instant.parse("1969-12-31T00:00:00Z"));
        UUID verifier = UUID.randomUUID();
        http.post().uri("/console/cases/claim-next").header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/cases/" + held.id());

        String casePage = page("/console/cases/" + held.id(), verifier, "VERIFIER");

        assertThat(casePage).containsPattern("id=\"person-kecamatan\">[A-Z ]+ \\(3215\\d\\d\\)<")
                .contains("id=\"person-email\">pencaker@example.id<").contains("id=\"person-phone\">+6281234567890<")
                .contains("data-field-check=\"NIK_DUPLICATE\" data-verdict=\"FAIL\"")
                .contains("data-field-check=\"NIK_BIRTH_DATA\"")
                .contains("data-preset=\"1\"").contains("Setujui dan lanjut")
                .doesNotContain("target=\"_blank\"").doesNotContain("style=");
        new StaffApi(port).decide(held.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();
    }

    @Test
    void aRefusedConsolePageIsAnHtmlPageInTheConsolesLanguage() {
        UUID verifier = UUID.randomUUID();
        String missing = http.get().uri("/console/cases/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(missing).contains("id=\"error-title\"").contains("Kasus tidak ditemukan")
                .contains("Kembali ke dasbor");

        String english = http.get().uri("/console/cases/not-a-uuid")
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .cookie("console-lang", "en")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Back to the dashboard");

        http.get().uri("/console/statistics").header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void casesAreFoundByNameByAnyoneAndByNikOnlyByAnAdminWhoAssignsThem() {
        VerificationCase waiting = Registrations.registerAndAwaitCase(json, cases,
                Instant.parse("2100-01-01T00:00:00Z"));
        UUID verifier = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String name = waiting.displayName();

        String byName = page("/console/search?q=" + name.substring(name.indexOf(' ') + 1), verifier, "VERIFIER");
        assertThat(byName).contains("/console/cases/" + waiting.id());
        String nikByVerifier = page("/console/search?q=3215014506990001", verifier, "VERIFIER");
        assertThat(nikByVerifier).contains("id=\"nik-refused\"").doesNotContain("/console/cases/" + waiting.id());
        String nikByAdmin = page("/console/search?q=3215014506990001", admin, "ADMIN");
        assertThat(nikByAdmin).contains("id=\"search-results\"");

        http.post().uri("/console/cases/{id}/assign", waiting.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("verifierId=" + verifier)
                .exchange().expectStatus().isForbidden();
        http.post().uri("/console/cases/{id}/assign", waiting.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(admin, "ADMIN"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("verifierId=" + verifier)
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER);
        // The assigned case is the verifier's next one, ahead of the whole queue.
        http.post().uri("/console/cases/claim-next").header(HttpHeaders.AUTHORIZATION, bearer(verifier, "VERIFIER"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/cases/" + waiting.id());
        new StaffApi(port).decide(waiting.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}")
                .expectStatus().isOk();
    }

    @Test
    void onlyStaffGetTheConsoleButItsStaticFilesArePublic() {
        http.get().uri("/console").exchange().expectStatus().isUnauthorized();
        http.get().uri("/console").header(HttpHeaders.AUTHORIZATION, bearer(UUID.randomUUID(), "JOB_SEEKER"))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/console/statistics").header(HttpHeaders.AUTHORIZATION, bearer(UUID.randomUUID(), "VERIFIER"))
                .exchange().expectStatus().isForbidden();
        assertThat(page("/console/statistics", UUID.randomUUID(), "ADMIN")).contains("Per petugas");

        http.get().uri("/console/js/console.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(js -> assertThat(js).contains("X-XSRF-TOKEN"));
        http.get().uri("/console/css/console.css").exchange().expectStatus().isOk();
        http.get().uri("/console/webjars/htmx.org/dist/htmx.min.js").exchange().expectStatus().isOk();
    }
}
