package id.infoloker.verification.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.Topics;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.json.JsonMapper;

/** "Laporkan masalah / saran" over the API and its triage in the console, as the gateway calls them. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class FeedbackIntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataSeals seals;

    WebTestClient http;
    private final UUID verifier = UUID.randomUUID();

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void anonymousFeedbackIsTriagedButCannotBeReplied() {
        Map<?, ?> sent = send(null, feedback("PROBLEM", "/dokumen", "Unggah foto KTP dari kamera gagal terus."))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(sent.get("replyPossible")).isEqualTo(false);
        String id = (String) sent.get("id");

        assertThat(consolePage("/console/masukan")).contains("/console/masukan/" + id, "/dokumen",
                "Unggah foto KTP dari kamera gagal terus.");
        assertThat(consolePage("/console/masukan/" + id)).contains("Anonim", "Masukan anonim tidak dapat dibalas")
                .doesNotContain("name=\"reply\"");
        http.post().uri("/console/masukan/{id}/balasan", id).header(HttpHeaders.AUTHORIZATION, staff())
                .body(BodyInserters.fromFormData("reply", "Halo")).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void aSignedInPersonsFeedbackMovesThroughTriageAndTheReplyIsAnnounced() {
        UUID person = UUID.randomUUID();
        String id = (String) send(TestTokens.forAccount(person, "JOB_SEEKER"),
                feedback("SUGGESTION", "/lowongan", "Tolong tambahkan filter lowongan untuk disabilitas."))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        form("/console/masukan/" + id + "/status", "status", "IN_PROGRESS");
        form("/console/masukan/" + id + "/catatan", "note", "Diteruskan ke tim pengembang.");
        assertThat(consolePage("/console/masukan?status=IN_PROGRESS")).contains("/console/masukan/" + id);
        assertThat(consolePage("/console/masukan/" + id)).contains("Sedang ditangani", "Diteruskan ke tim pengembang.",
                "name=\"reply\"");
        form("/console/masukan/" + id + "/balasan", "reply", "Terima kasih, filter itu sedang kami siapkan.");

        assertThat(jdbc.queryForObject("SELECT status FROM feedback WHERE id = ?::uuid", String.class, id))
                .isEqualTo("DONE");
        String payload = jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ?",
                String.class, Topics.FEEDBACK_REPLIED, person.toString());
        assertThat(payload).as("the reply travels sealed with the person's key").doesNotContain("filter itu");
        FeedbackReplied replied = seals.open(json.readValue(payload, FeedbackReplied.class)).orElseThrow();
        assertThat(replied.accountId()).isEqualTo(person);
        assertThat(replied.reply()).isEqualTo("Terima kasih, filter itu sedang kami siapkan.");
        assertThat(replied.category()).isEqualTo("SUGGESTION");
        assertThat(consolePage("/console/masukan/" + id)).contains("Balasan terkirim").doesNotContain("name=\"reply\"");
    }

    @Test
    void anErasedPersonsFeedbackKeepsOnlyItsCategoryAndCannotBeRepliedAnyMore() {
        UUID person = UUID.randomUUID();
        Map<String, Object> body = feedback("QUESTION", "/status", "Saya Ratna Erasa Feedback, NIK 3215015403970001");
        body.put("screenshot", Base64.getEncoder().encodeToString(PNG));
        String id = (String) send(TestTokens.forAccount(person, "JOB_SEEKER"), body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        form("/console/masukan/" + id + "/catatan", "note", "Ratna menanyakan status.");

        TestKafka.send(Topics.ACCOUNT_STATUS_CHANGED, person.toString(), json.writeValueAsString(
                new AccountStatusChanged(person, AccountType.JOB_SEEKER, AccountStatus.ERASED,
                        AccountStatus.PENDING_VERIFICATION, null, null, null, List.of(), Instant.now())));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT account_id IS NULL FROM feedback WHERE id = ?::uuid", Boolean.class, id));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM feedback WHERE id = ?::uuid", id);
        assertThat(row.get("category")).isEqualTo("QUESTION");
        assertThat(row.get("text")).isEqualTo("");
        for (String personal : List.of("page", "screenshot", "internal_note", "reply")) {
            assertThat(row.get(personal)).as(personal).isNull();
        }
        http.post().uri("/console/masukan/{id}/balasan", id).header(HttpHeaders.AUTHORIZATION, staff())
                .body(BodyInserters.fromFormData("reply", "Halo Ratna")).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void aScreenshotIsKeptAndShownToStaffOnly() {
        Map<String, Object> body = feedback("PROBLEM", "/status", "Halaman status kosong.");
        body.put("screenshot", Base64.getEncoder().encodeToString(PNG));
        String id = (String) send(null, body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        byte[] shown = http.get().uri("/console/masukan/{id}/tangkapan-layar", id)
                .header(HttpHeaders.AUTHORIZATION, staff()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(shown).isEqualTo(PNG);
        http.get().uri("/console/masukan/{id}/tangkapan-layar", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "JOB_SEEKER"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void badFeedbackIsRefusedNamingTheField() {
        Map<String, Object> noCategory = feedback(null, "/", "Ada masalah");
        send(null, noCategory).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
        send(null, feedback("PROBLEM", "/", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        send(null, feedback("PROBLEM", "/", "x".repeat(2001))).expectStatus().isBadRequest();
        send(null, feedback("PROBLEM", "https://calo.example/x", "Ada masalah")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");

        Map<String, Object> script = feedback("PROBLEM", "/", "Ada masalah");
        script.put("screenshot", Base64.getEncoder().encodeToString("<script>".getBytes()));
        send(null, script).expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("feedback-screenshot-invalid");
        Map<String, Object> huge = feedback("PROBLEM", "/", "Ada masalah");
        byte[] big = new byte[Screenshot.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        huge.put("screenshot", Base64.getEncoder().encodeToString(big));
        send(null, huge).expectStatus().isEqualTo(413);
    }

    private WebTestClient.ResponseSpec send(String token, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = http.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.bodyValue(body).exchange();
    }

    private static Map<String, Object> feedback(String category, String page, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("page", page);
        body.put("text", text);
        return body;
    }

    private String staff() {
        return "Bearer " + TestTokens.forAccount(verifier, "VERIFIER");
    }

    private String consolePage(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, staff()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private void form(String path, String field, String value) {
        http.post().uri(path).header(HttpHeaders.AUTHORIZATION, staff())
                .body(BodyInserters.fromFormData(field, value)).exchange()
                .expectStatus().is3xxRedirection();
    }
}
