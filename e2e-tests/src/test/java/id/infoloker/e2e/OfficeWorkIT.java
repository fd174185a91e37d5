package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.infoloker.devstack.Devstack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The labour office's own work through the running platform: a verified job seeker's AK/1 card (PDF, QR code, public
 * check through the gateway), feedback answered by the office reaching the person as a notification, and the month's
 * report agreeing with counts taken from verification-service's own tables.
 */
class OfficeWorkIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Devstack platform;
    static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
    }

    @Test
    void aVerifiedJobSeekersCardOpensItsPublicCheckAndTheOfficeAnswersFeedback() throws Exception {
        Map<String, Object> registration = JobSeekers.newRegistration();
        Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        UUID accountId = UUID.fromString(registered.json().get("accountId").asString());
        String owner = api.login((String) registration.get("email"), (String) registration.get("password"));
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), owner, (String) registration.get("fullName"));
        String verifier = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        ThinFlowIT.approveUntilDecided(api, verifier, accountId);

        // Issued on verification: the card, its PDF with the holder's name and a QR code to the public check.
        JsonNode card = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.get("/api/accounts/me/ak1", owner), response -> response.status() == 200).json();
        byte[] pdf = bytes(platform.gatewayUrl() + "/api/accounts/me/ak1/card.pdf", owner);
        String qr;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains((String) registration.get("fullName"),
                    card.get("number").asString());
            java.awt.image.BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
                    .getText();
            java.nio.file.Files.createDirectories(Phone.SCREENSHOTS);
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 96), "png",
                    Phone.SCREENSHOTS.resolve("ak1-card.png").toFile());
        }
        assertThat(qr).isEqualTo(card.get("verificationUrl").asString()).startsWith(platform.gatewayUrl() + "/ak1/");
        HttpResponse<String> checkPage = HTTP.send(HttpRequest.newBuilder(URI.create(qr)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(checkPage.statusCode()).isEqualTo(200);
        assertThat(checkPage.body()).contains("data-valid=\"true\"").doesNotContain((String) registration.get("nik"))
                .doesNotContain((String) registration.get("fullName"));
        String code = qr.substring(qr.lastIndexOf('/') + 1);
        JsonNode check = api.get("/api/ak1/" + code, null).json();
        assertThat(check.propertyNames()).containsExactlyInAnyOrder("valid", "initials", "validUntil");

        // Feedback: anonymous is taken but cannot be answered; the signed-in person's is, and the answer reaches them.
        Api.Response anonymous = api.post("/api/feedback", Map.of("category", "PROBLEM", "text", "Halaman lambat"),
                null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(201);
        assertThat(anonymous.json().get("replyPossible").asBoolean()).isFalse();
        Api.Response sent = api.post("/api/feedback", Map.of("category", "QUESTION", "page", "/status",
                "text", "Kapan kartu AK/1 saya harus lapor?"), owner);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String admin = api.login(platform.staff().adminEmail(), platform.staff().adminPassword());
        // The console's form, as the gateway forwards it once it has checked the session and CSRF.
        HttpResponse<String> replied = HTTP.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl("verification")
                        + "/console/masukan/" + sent.json().get("id").asString() + "/balasan"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reply=" + URLEncoder.encode(
                        "Enam bulan setelah kartu terbit; kami ingatkan lewat notifikasi.", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(api.get("/api/notifications/me", owner).body()).contains("Balasan atas masukan Anda",
                        "Enam bulan setelah kartu terbit"));

        // The month's report counts what verification-service holds, and this person among them.
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        // Other tests' registrations may still be arriving: read both until they agree.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String csv = new String(bytes(platform.serviceUrl("verification") + "/console/laporan.csv?bulan=" + month,
                    admin), StandardCharsets.UTF_8);
            assertThat(csv).contains(month + ",registered,total," + countInVerificationDatabase("""
                    SELECT count(*) FROM verification_case WHERE account_type = 'JOB_SEEKER'
                    AND registered_at >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta'
                    """) + "\r\n").contains(month + ",feedback,QUESTION,");
        });
    }

    private static byte[] bytes(String url, String token) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static long countInVerificationDatabase(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl("verification_service"),
                platform.databaseUser(), platform.databasePassword());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
