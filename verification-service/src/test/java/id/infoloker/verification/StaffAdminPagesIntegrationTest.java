package id.infoloker.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The console's "Admin staf" and "Faktor kedua" pages over account-service's API (a WireMock server answering as
 * account-service documents it), called with the signed-in person's own token.
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class StaffAdminPagesIntegrationTest {

    static final WireMockServer account = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        account.start();
    }

    @DynamicPropertySource
    static void accountService(DynamicPropertyRegistry registry) {
        registry.add("infoloker.services.account", account::baseUrl);
    }

    @AfterAll
    static void stop() {
        account.stop();
    }

    @LocalServerPort
    int port;

    WebTestClient http;
    final UUID admin = UUID.randomUUID();
    final UUID verifier = UUID.randomUUID();
    final String adminToken = StaffApi.bearer(admin, "ADMIN");
    final String verifierToken = StaffApi.bearer(verifier, "VERIFIER");

    @BeforeEach
    void reset() {
        account.resetAll();
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        account.stubFor(get("/api/accounts/staff").willReturn(okJson("""
                [{"accountId":"%s","type":"ADMIN","name":"Admin Kantor","email":"admin@infoloker.local",
                  "status":"VERIFIED","enabled":true,"secondFactor":true,"mustChangePassword":false,
                  "createdAt":"2026-12-01T00:00:00Z"},
                 {"accountId":"%s","type":"VERIFIER","name":"Dewi Lestari","email":"dewi@disnaker.go.id",
                  "status":"SUSPENDED","enabled":false,"secondFactor":false,"mustChangePassword":true,
                  "createdAt":"2026-12-02T00:00:00Z"}]""".formatted(admin, verifier))));
        account.stubFor(get("/api/accounts/staff/second-factor-requirements")
                .willReturn(okJson("{\"VERIFIER\":false,\"ADMIN\":true}")));
    }

    @Test
    void anAdminSeesStaffWithRolesStatusAndSecondFactorAndActionsOnlyForOthers() {
        String page = page("/console/admin/staff", adminToken)
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Admin staf", "Dewi Lestari", "dewi@disnaker.go.id", "Verifikator", "Nonaktif",
                "(kata sandi sementara)", "Akun Anda")
                .contains("/console/admin/staff/" + verifier + "/enable")
                .contains("/console/admin/staff/" + verifier + "/password-reset")
                .doesNotContain("/console/admin/staff/" + admin + "/")
                .contains("data-requirement=\"ADMIN\" data-required=\"true\"")
                .contains("data-requirement=\"VERIFIER\" data-required=\"false\"");
        account.verify(getRequestedFor(urlPathEqualTo("/api/accounts/staff"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(adminToken)));
    }

    @Test
    void aVerifierIsRefusedTheStaffPagesWithoutAskingAccountService() {
        String refused = page("/console/admin/staff", verifierToken).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(refused).doesNotContain("Dewi Lestari");
        form("/console/admin/staff/" + admin + "/disable", "", verifierToken).expectStatus().isForbidden();
        account.verify(0, anyRequestedFor(anyUrl()));
        // The dashboard's menu offers the section to an ADMIN only.
        assertThat(page("/console", verifierToken).expectBody(String.class).returnResult().getResponseBody())
                .doesNotContain("/console/admin/staff").contains("/console/second-factor");
        assertThat(page("/console", adminToken).expectBody(String.class).returnResult().getResponseBody())
                .contains("/console/admin/staff");
    }

    @Test
    void disablingEnablingAndRoleChangesGoToAccountServiceAndComeBackSayingWhatWasDone() {
        account.stubFor(post("/api/accounts/staff/" + verifier + "/disable").willReturn(aResponse().withStatus(204)));
        account.stubFor(put("/api/accounts/staff/" + verifier + "/role").willReturn(aResponse().withStatus(204)));
        account.stubFor(put("/api/accounts/staff/second-factor-requirements")
                .willReturn(okJson("{\"VERIFIER\":true,\"ADMIN\":true}")));

        form("/console/admin/staff/" + verifier + "/disable", "", adminToken)
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/admin/staff?done=disabled");
        // Through the gateway the console posts with htmx (the CSRF header): a full page load of the list follows.
        http.post().uri("/console/admin/staff/" + verifier + "/role").header(HttpHeaders.AUTHORIZATION, adminToken)
                .header("HX-Request", "true")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("type=ADMIN").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("HX-Redirect", "/console/admin/staff?done=role");
        form("/console/admin/staff/second-factor-requirements", "type=VERIFIER&required=true", adminToken)
                .expectStatus().isSeeOther();
        form("/console/admin/staff/" + verifier + "/role", "type=JOB_SEEKER", adminToken)
                .expectStatus().isBadRequest();

        account.verify(postRequestedFor(urlPathEqualTo("/api/accounts/staff/" + verifier + "/disable"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(adminToken)));
        account.verify(1, putRequestedFor(urlPathEqualTo("/api/accounts/staff/" + verifier + "/role"))
                .withRequestBody(equalToJson("{\"type\":\"ADMIN\"}")));
        account.verify(putRequestedFor(urlPathEqualTo("/api/accounts/staff/second-factor-requirements"))
                .withRequestBody(equalToJson("{\"type\":\"VERIFIER\",\"required\":true}")));
        assertThat(page("/console/admin/staff?done=disabled", adminToken).expectBody(String.class).returnResult()
                .getResponseBody()).contains("id=\"staff-done\"", "Akun dinonaktifkan");
    }

    @Test
    void anAdminCreatesAColleaguesAccountAndADuplicateEmailIsNamed() {
        account.stubFor(post("/api/accounts/staff").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accountId\":\"" + UUID.randomUUID() + "\",\"type\":\"VERIFIER\",\"status\":\"VERIFIED\"}")));

        form("/console/admin/staff", "type=VERIFIER&name=Siti+Aminah&email=siti%40disnaker.go.id&password=sandi-awal-siti",
                adminToken)
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/admin/staff?done=created");
        account.verify(postRequestedFor(urlPathEqualTo("/api/accounts/staff")).withRequestBody(equalToJson("""
                {"type":"VERIFIER","name":"Siti Aminah","email":"siti@disnaker.go.id","password":"sandi-awal-siti"}
                """)));

        account.stubFor(post("/api/accounts/staff").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"code\":\"already-registered\"}")));
        String refused = form("/console/admin/staff",
                "type=VERIFIER&name=Siti&email=siti%40disnaker.go.id&password=sandi-awal-siti", adminToken)
                .expectStatus().isEqualTo(409)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("Sudah terdaftar").doesNotContain("sandi-awal-siti");
    }

    @Test
    void aRefusalFromAccountServiceIsAnHtmlPageThatNamesIt() {
        account.stubFor(post("/api/accounts/staff/" + admin + "/disable").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"code\":\"staff-self-change\",\"title\":\"Tidak untuk akun sendiri\"}")));

        String page = form("/console/admin/staff/" + admin + "/disable", "", adminToken)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Tidak untuk akun sendiri").contains("minta admin lain");
        account.stubFor(post("/api/accounts/staff/" + verifier + "/enable").willReturn(aResponse().withStatus(500)));
        form("/console/admin/staff/" + verifier + "/enable", "", adminToken).expectStatus().isEqualTo(503);
    }

    @Test
    void aResetPasswordIsShownOnceAndNeverCached() {
        account.stubFor(post("/api/accounts/staff/" + verifier + "/password-reset")
                .willReturn(okJson("{\"temporaryPassword\":\"kq7mdx3upt9wza\"}")));

        String page = form("/console/admin/staff/" + verifier + "/password-reset", "", adminToken)
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"temporary-password\">kq7mdx3upt9wza<", "Dewi Lestari",
                "hanya ditampilkan sekali");
    }

    @Test
    void staffEnrolAnAuthenticatorAppFromTheConsole() {
        account.stubFor(post("/api/accounts/me/second-factor").willReturn(okJson("""
                {"secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                 "otpauthUri":"otpauth://totp/Infoloker%3Adewi?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Infoloker"}
                """)));
        account.stubFor(post("/api/accounts/me/second-factor/confirm").willReturn(aResponse().withStatus(204)));

        String page = form("/console/second-factor", "", verifierToken).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("id=\"totp-secret\">GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ<", "otpauth://totp/",
                "autocomplete=\"one-time-code\"");

        form("/console/second-factor/confirm", "code=123456", verifierToken).expectStatus().isSeeOther()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/second-factor?done");
        account.verify(postRequestedFor(urlPathEqualTo("/api/accounts/me/second-factor/confirm"))
                .withRequestBody(equalToJson("{\"code\":\"123456\"}")));
    }

    private WebTestClient.ResponseSpec page(String path, String token) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .accept(MediaType.TEXT_HTML).exchange();
    }

    /**
     * Posts as the page's own form does: always with its CSRF field (the gateway checks it), so never an empty body.
     * An empty body went out chunked, and Tomcat now and then read its leftover terminator as the next request on the
     * kept-alive connection ("Invalid character found in method name"), answering that request with its own 400.
     */
    private WebTestClient.ResponseSpec form(String path, String body, String token) {
        String withCsrf = body.isEmpty() ? "_csrf=from-the-page" : body + "&_csrf=from-the-page";
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(withCsrf).exchange();
    }
}
