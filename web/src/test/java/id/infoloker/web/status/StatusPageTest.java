package id.infoloker.web.status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusPageTest extends PortalTest {

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);

    @Test
    void anAnonymousVisitorIsSentToSignInAndBack() {
        HttpResponse<String> page = open("/status");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(header(page, "Location")).isEqualTo("/masuk?next=%2Fstatus");
    }

    @Test
    void waitingForDocumentsSaysWhichAreMissingAndLinksToTheDocumentsPage() {
        account("PENDING_VERIFICATION", "JOB_SEEKER");
        verification("""
                {"status":"AWAITING_DOCUMENTS","statusLabel":"Menunggu dokumen","accountType":"JOB_SEEKER",
                 "missingDocuments":["KTP","IJAZAH","CV","PAS_FOTO"],"position":null,"inReview":false,"estimate":null,
                 "documentsToRedo":[]}""");
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/documents")).willReturn(json("""
                [{"id":"%s","type":"KTP","format":"JPEG","mediaType":"image/jpeg","sizeBytes":1000,
                  "uploadedAt":"2026-12-01T02:00:00Z"}]""".formatted(UUID.randomUUID()))));

        HttpResponse<String> page = open("/status", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("id=\"verification-status\"", "data-status=\"AWAITING_DOCUMENTS\"",
                "Menunggu dokumen", "href=\"/dokumen\"", "KTP</span>:", "sudah diunggah", "belum diunggah");
        // The services got the person's token and language, as the gateway forwarded them.
        VERIFICATION.verify(getRequestedFor(urlEqualTo("/api/verification/me"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Accept-Language", equalTo("id")));
    }

    @Test
    void waitingForVerificationShowsThePlaceInTheQueueAndTheEstimatedWait() {
        account("PENDING_VERIFICATION", "JOB_SEEKER");
        verification("""
                {"status":"AWAITING_VERIFICATION","accountType":"JOB_SEEKER","missingDocuments":[],"position":12,
                 "inReview":false,"estimate":{"minutes":45,"basis":"Dihitung dari 16 keputusan petugas."},
                 "documentsToRedo":[]}""");

        HttpResponse<String> id = open("/status", token, "id");
        HttpResponse<String> en = open("/status", token, "en");

        assertThat(id.body()).contains("data-status=\"AWAITING_VERIFICATION\"", "Menunggu verifikasi",
                "id=\"queue-position\"", "Antrean ke-12", "id=\"estimated-wait\"", "sekitar 45 menit",
                "Dihitung dari 16 keputusan petugas.");
        assertThat(en.body()).contains("Waiting for verification", "Number 12 in the queue", "about 45 minutes");
    }

    @Test
    void aCaseBeingCheckedSaysSoInsteadOfAPlaceInTheQueue() {
        account("PENDING_VERIFICATION", "JOB_SEEKER");
        verification("""
                {"status":"AWAITING_VERIFICATION","position":0,"inReview":true,
                 "estimate":{"minutes":0,"basis":"Kasus Anda sedang diperiksa petugas."},"documentsToRedo":[]}""");

        assertThat(open("/status", token).body()).contains("Sedang diperiksa petugas").doesNotContain("Antrean ke-0");
    }

    @Test
    void aRevisionRequestSaysWhatToRedoWithALinkPerDocument() {
        account("REVISION_REQUESTED", "JOB_SEEKER");
        verification("""
                {"status":"REVISION_REQUESTED","position":null,"inReview":false,"estimate":null,
                 "reasonCode":"DOKUMEN_TIDAK_TERBACA","reasonLabel":"Dokumen tidak terbaca",
                 "note":"Foto KTP buram, mohon difoto ulang.","documentsToRedo":["KTP","PAS_FOTO"],
                 "decidedAt":"2026-12-02T03:00:00Z"}""");

        HttpResponse<String> id = open("/status", token, "id");
        HttpResponse<String> en = open("/status", token, "en");

        assertThat(id.body()).contains("data-status=\"REVISION_REQUESTED\"", "Revisi diminta",
                "Dokumen tidak terbaca", "Foto KTP buram, mohon difoto ulang.",
                "href=\"/dokumen#doc-KTP\"", "Unggah ulang KTP", "href=\"/dokumen#doc-PAS_FOTO\"", "Unggah ulang Pas foto");
        assertThat(en.body()).contains("Revision requested", "Upload ID card (KTP) again");
    }

    @Test
    void aVerifiedJobSeekerIsToldSoAndSentToTheVacancies() {
        account("VERIFIED", "JOB_SEEKER");
        verification("""
                {"status":"APPROVED","position":null,"inReview":false,"documentsToRedo":[],
                 "decidedAt":"2026-12-02T03:00:00Z"}""");

        HttpResponse<String> id = open("/status", token, "id");
        HttpResponse<String> en = open("/status", token, "en");

        assertThat(id.body()).contains("data-status=\"APPROVED\"", "Terverifikasi", "id=\"find-vacancies\"",
                "Cari lowongan");
        assertThat(en.body()).contains("data-status=\"APPROVED\"", "Verified", "Find vacancies");
        // Corrections are the person's own now, on "Akun saya".
        assertThat(id.body()).contains("id=\"correction\"", "ajukan koreksi data", "href=\"/akun\"");
        assertThat(en.body()).contains("request a data correction", "Change it in My account");
    }

    @Test
    void aRejectionGivesTheReasonAndTheNote() {
        account("REJECTED", "JOB_SEEKER");
        verification("""
                {"status":"REJECTED","position":null,"inReview":false,"reasonCode":"NIK_TIDAK_VALID",
                 "reasonLabel":"NIK tidak valid","note":"NIK tidak ditemukan di Dukcapil.","documentsToRedo":[]}""");

        HttpResponse<String> id = open("/status", token, "id");
        HttpResponse<String> en = open("/status", token, "en");

        assertThat(id.body()).contains("data-status=\"REJECTED\"", "Ditolak", "NIK tidak valid",
                "NIK tidak ditemukan di Dukcapil.");
        assertThat(en.body()).contains("Rejected", "Reason");
    }

    @Test
    void anEmployerSeesTheirOwnStatusTheSameWay() {
        UUID employer = UUID.randomUUID();
        account("VERIFIED", "EMPLOYER");
        verification("""
                {"status":"APPROVED","accountType":"EMPLOYER","documentsToRedo":[]}""");

        HttpResponse<String> page = open("/status", token(employer, "EMPLOYER"));

        assertThat(page.body()).contains("data-status=\"APPROVED\"", "Terverifikasi", "memasang lowongan")
                .doesNotContain("id=\"find-vacancies\"");
    }

    @Test
    void beforeVerificationServiceHasTheCaseTheAccountDecides() {
        account("PENDING_VERIFICATION", "JOB_SEEKER");
        VERIFICATION.stubFor(get(urlEqualTo("/api/verification/me")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"no-verification-case\",\"title\":\"Belum ada verifikasi\"}")));
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/documents")).willReturn(json("[]")));

        HttpResponse<String> page = open("/status", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"AWAITING_DOCUMENTS\"", "Menunggu dokumen");
    }

    @Test
    void verificationServiceDownIsThe503PageWithRetryAfter() {
        account("PENDING_VERIFICATION", "JOB_SEEKER");
        VERIFICATION.stubFor(get(urlEqualTo("/api/verification/me"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> page = open("/status", token);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isNotBlank();
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Layanan sedang sibuk");
    }

    private void account(String status, String type) {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me")).willReturn(json("""
                {"id":"%s","type":"%s","fullName":"Siti Nurhaliza","email":"siti@example.id","phone":"081234567890",
                 "preferredLanguage":"id","status":"%s","statusReasonCode":null,"statusNote":null,
                 "documentsToRedo":[],"statusChangedAt":"2026-12-02T03:00:00Z","nextStep":"…",
                 "registeredAt":"2026-12-01T02:00:00Z","jobSeeker":null,"employer":null}
                """.formatted(person, type, status))));
    }

    private void verification(String body) {
        VERIFICATION.stubFor(get(urlEqualTo("/api/verification/me")).willReturn(json(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
