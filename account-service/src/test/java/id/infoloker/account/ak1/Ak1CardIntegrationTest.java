package id.infoloker.account.ak1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.events.Ak1ReportDue;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class Ak1CardIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    Ak1Numbers numbers;

    @Autowired
    Ak1Reminders reminders;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void aVerifiedJobSeekerGetsACardNumberedWithTheOfficePrefixAndYear() {
        Caller siti = verifiedJobSeeker();

        Map<?, ?> card = cardOf(siti);

        int year = LocalDate.now(OFFICE).getYear();
        assertThat((String) card.get("number")).matches("3215-" + year + "-\\d{6}");
        assertThat(card.get("status")).isEqualTo("VALID");
        assertThat(card.get("validUntil")).isEqualTo(LocalDate.now(OFFICE).plusYears(2).toString());
        assertThat((List<?>) card.get("reportDates")).hasSize(3);
        // Asking again gives the same card, not a second one.
        Map<?, ?> again = http.post().uri("/api/accounts/me/ak1").headers(siti.bearer()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("number")).isEqualTo(card.get("number"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ak1_card WHERE account_id = ?", Integer.class,
                siti.id())).isEqualTo(1);
    }

    @Test
    void anUnverifiedJobSeekerAndAnEmployerGetNoCard() {
        Caller pending = accounts.jobSeeker();
        http.post().uri("/api/accounts/me/ak1").headers(pending.bearer()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ak1-not-available");
        http.get().uri("/api/accounts/me/ak1").headers(pending.bearer()).exchange().expectStatus().isNotFound();

        Caller company = accounts.employer();
        http.post().uri("/api/accounts/me/ak1").headers(company.bearer()).exchange().expectStatus().isForbidden();
    }

    @Test
    void fiveHundredNumbersDrawnByTwentyThreadsAreAllDifferent() throws Exception {
        int year = 1990 + (int) (Math.random() * 30);
        Set<String> drawn = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> futures = IntStream.range(0, 20).<Future<?>>mapToObj(thread -> pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    drawn.add(numbers.next(year));
                }
            })).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(drawn).hasSize(500);
    }

    @Test
    void thePdfNamesTheHolderPrintsTheirSkillsAndItsQrCodeOpensThePublicCheck() throws Exception {
        Caller siti = accounts.jobSeeker();
        http.put().uri("/api/accounts/me/career-profile").headers(siti.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("skills", List.of("Operator forklift", "Las listrik")))
                .exchange().expectStatus().isOk();
        // Documents are locked once decided: the pas foto is uploaded before the verification, as people do.
        accounts.upload(siti, "PAS_FOTO", realPhoto(), "foto.png", MediaType.IMAGE_PNG).expectStatus().isCreated();
        approve(siti);
        Map<?, ?> card = cardOf(siti);

        byte[] pdf = http.get().uri("/api/accounts/me/ak1/card.pdf").headers(siti.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Siti Nurhaliza").contains((String) card.get("number"))
                    .contains("AK/1").contains((String) siti.registration().get("nik"))
                    .contains("Operator forklift, Las listrik");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertThat(decoded).isEqualTo(card.get("verificationUrl"));
        }
    }

    @Test
    void thePublicCheckShowsOnlyValidityAndInitials() {
        Caller siti = verifiedJobSeeker();
        String code = codeOf(cardOf(siti));

        Map<?, ?> check = http.get().uri("/api/ak1/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(check.keySet().stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder("valid", "initials", "validUntil");
        assertThat(check.get("valid")).isEqualTo(true);
        assertThat(check.get("initials")).isEqualTo("S. N.");
        http.get().uri("/api/ak1/{code}", "TIDAKADA12345678").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("ak1-card-unknown");
    }

    @Test
    void erasureEndsTheCardAndUnlinksItFromThePerson() {
        Caller siti = verifiedJobSeeker();
        String code = codeOf(cardOf(siti));

        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        Map<?, ?> check = http.get().uri("/api/ak1/{code}", code).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(check.get("valid")).isEqualTo(false);
        assertThat(check.get("initials")).isNull();
        assertThat(jdbc.queryForMap("SELECT account_id, holder_initials, status, revoked_reason FROM ak1_card "
                + "WHERE verification_code = ?", code))
                .containsEntry("account_id", null).containsEntry("holder_initials", null)
                .containsEntry("status", "REVOKED").containsEntry("revoked_reason", "ACCOUNT_ERASED");
    }

    @Test
    void aReminderIsSentOncePerPeriodAndTheReReportIsTakenOnce() {
        Caller siti = verifiedJobSeeker();
        Map<?, ?> card = cardOf(siti);
        http.post().uri("/api/accounts/me/ak1/reports").headers(siti.bearer()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ak1-report-not-due");
        // Six months later, five days before the first re-report is due.
        LocalDate issued = LocalDate.now(OFFICE).minusMonths(6).plusDays(5);
        jdbc.update("UPDATE ak1_card SET issued_on = ?, valid_until = ? WHERE number = ?", issued,
                issued.plusYears(2), card.get("number"));

        reminders.sendDue();
        reminders.sendDue();

        List<String> payloads = jdbc.queryForList("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ?",
                String.class, Topics.AK1_REPORT_DUE, siti.id().toString());
        assertThat(payloads).hasSize(1);
        Ak1ReportDue due = json.readValue(payloads.get(0), Ak1ReportDue.class);
        assertThat(due.period()).isEqualTo(1);
        assertThat(due.dueOn()).isEqualTo(issued.plusMonths(6));
        // The number identifies the holder (the public check shows initials): it stays off Kafka.
        assertThat(payloads.get(0)).doesNotContain("cardNumber").doesNotContain((String) card.get("number"));

        http.post().uri("/api/accounts/me/ak1/reports").headers(siti.bearer()).exchange().expectStatus().isOk();
        http.post().uri("/api/accounts/me/ak1/reports").headers(siti.bearer()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ak1-already-reported")
                .jsonPath("$.opensOn").isEqualTo(issued.plusMonths(12).minusDays(14).toString());
        Map<?, ?> after = cardOf(siti);
        assertThat(((List<Map<?, ?>>) after.get("reportDates")).get(0).get("reportedAt")).isNotNull();
    }

    private Caller verifiedJobSeeker() {
        Caller caller = accounts.jobSeeker();
        approve(caller);
        return caller;
    }

    private void approve(Caller caller) {
        VerificationDecided approval = new VerificationDecided(UUID.randomUUID(), caller.id(),
                VerificationOutcome.APPROVED, null, null, List.of(), UUID.randomUUID(), Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.VERIFICATION_DECIDED,
                caller.id().toString(), json.writeValueAsString(approval));
        record.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "VerificationDecided".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT count(*) FROM ak1_card WHERE account_id = ?",
                Integer.class, caller.id()) == 1);
    }

    private Map<?, ?> cardOf(Caller caller) {
        return http.get().uri("/api/accounts/me/ak1").headers(caller.bearer()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static String codeOf(Map<?, ?> card) {
        String url = (String) card.get("verificationUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static byte[] realPhoto() throws Exception {
        BufferedImage photo = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillRect(0, 0, 120, 160);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", out);
        return out.toByteArray();
    }
}
