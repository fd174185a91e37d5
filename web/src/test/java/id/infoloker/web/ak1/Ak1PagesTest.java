package id.infoloker.web.ak1;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class Ak1PagesTest extends PortalTest {

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);

    @Test
    void aVerifiedJobSeekerSeesTheirCardWithItsNextReReportAndADownload() {
        verifiedJobSeeker();
        LocalDate due = LocalDate.now().plusMonths(5);
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/ak1")).willReturn(json("""
                {"number":"3215-2026-000123","issuedOn":"2026-12-06","validUntil":"2028-12-06","status":"VALID",
                 "reportDates":[{"period":1,"dueOn":"%s","reportedAt":null},
                                {"period":2,"dueOn":"%s","reportedAt":null},
                                {"period":3,"dueOn":"%s","reportedAt":null}],
                 "openPeriod":null,"verificationUrl":"https://infoloker.example.go.id/ak1/ABCDEFGHJKLMNPQR"}"""
                .formatted(due, due.plusMonths(6), due.plusMonths(12)))));

        HttpResponse<String> page = open("/status", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("id=\"ak1\"", "3215-2026-000123", "6 Desember 2028",
                "id=\"ak1-next-report\"", "href=\"/status/ak1.pdf\"").doesNotContain("id=\"ak1-report\"");
    }

    @Test
    void whenTheReReportIsOpenTheButtonSendsItAndThePageThanks() {
        verifiedJobSeeker();
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/ak1")).willReturn(json("""
                {"number":"3215-2026-000123","issuedOn":"2026-06-06","validUntil":"2028-06-06","status":"VALID",
                 "reportDates":[{"period":1,"dueOn":"2026-12-06","reportedAt":null}],"openPeriod":1,
                 "verificationUrl":"https://infoloker.example.go.id/ak1/ABCDEFGHJKLMNPQR"}""")));
        ACCOUNT.stubFor(post(urlEqualTo("/api/accounts/me/ak1/reports")).willReturn(json("""
                {"number":"3215-2026-000123","status":"VALID","reportDates":[],"openPeriod":null}""")));

        assertThat(open("/status", token).body()).contains("id=\"ak1-report\"", "action=\"/status/ak1/lapor\"");
        HttpResponse<String> sent = postForm("/status/ak1/lapor", token, Map.of());

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(header(sent, "Location")).endsWith("/status?lapor=ok#ak1");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/accounts/me/ak1/reports"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        assertThat(open("/status?lapor=ok", token).body()).contains("laporan Anda sudah tercatat");
    }

    @Test
    void aReReportRefusedByTheServiceIsAPageSayingWhy() {
        ACCOUNT.stubFor(post(urlEqualTo("/api/accounts/me/ak1/reports")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"urn:infoloker:problem:ak1-already-reported","title":"Sudah lapor","status":409,
                         "detail":"Anda sudah lapor untuk periode ini.","code":"ak1-already-reported"}""")));

        HttpResponse<String> refused = postForm("/status/ak1/lapor", token, Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Anda sudah lapor untuk periode ini.").doesNotContain("Exception");
    }

    @Test
    void withoutACardTheHolderMayAskForOne() {
        verifiedJobSeeker();
        ACCOUNT.stubFor(post(urlEqualTo("/api/accounts/me/ak1")).willReturn(json("""
                {"number":"3215-2026-000124","status":"VALID","reportDates":[],"openPeriod":null}""")));

        assertThat(open("/status", token).body()).contains("id=\"ak1-request\"", "belum terbit");
        HttpResponse<String> asked = postForm("/status/ak1", token, Map.of());

        assertThat(asked.statusCode()).isEqualTo(303);
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/accounts/me/ak1")));
    }

    @Test
    void theCardDownloadsAsAPrivatePdf() throws Exception {
        byte[] pdf = "%PDF-1.7 kartu".getBytes();
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/ak1/card.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));

        HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                request("/status/ak1.pdf", token, "id").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("kartu-ak1.pdf");
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(file.body()).isEqualTo(pdf);
    }

    @Test
    void theQrPageShowsValidityAndInitialsOnlyToAnybody() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/ak1/ABCDEFGHJKLMNPQR")).willReturn(json("""
                {"valid":true,"initials":"S. N.","validUntil":"2028-12-06"}""")));

        HttpResponse<String> page = open("/ak1/ABCDEFGHJKLMNPQR");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-valid=\"true\"", "Kartu berlaku", "S. N.", "6 Desember 2028");
        assertThat(header(page, "Cache-Control")).startsWith("public");
    }

    @Test
    void aRevokedCardAndAnUnknownCodeAreSaidPlainly() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/ak1/REVOKED234567890")).willReturn(json("""
                {"valid":false,"initials":null,"validUntil":null}""")));
        ACCOUNT.stubFor(get(urlEqualTo("/api/ak1/UNKNOWN234567890")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"ak1-card-unknown\"}")));

        assertThat(open("/ak1/REVOKED234567890").body()).contains("data-valid=\"false\"", "Kartu tidak berlaku");
        HttpResponse<String> unknown = open("/ak1/UNKNOWN234567890");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Kartu tidak dikenal");
        assertThat(open("/ak1/%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    private void verifiedJobSeeker() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me")).willReturn(json("""
                {"id":"%s","type":"JOB_SEEKER","status":"VERIFIED","documentsToRedo":[],
                 "statusChangedAt":"2026-12-02T03:00:00Z","nextStep":"…"}""".formatted(person))));
        VERIFICATION.stubFor(get(urlEqualTo("/api/verification/me")).willReturn(json("""
                {"status":"APPROVED","position":null,"inReview":false,"documentsToRedo":[],
                 "decidedAt":"2026-12-02T03:00:00Z"}""")));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
