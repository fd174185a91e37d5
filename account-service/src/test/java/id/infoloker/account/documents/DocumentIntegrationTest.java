package id.infoloker.account.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import id.infoloker.identity.DocumentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class DocumentIntegrationTest {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void aJobSeekerUploadsFourDocumentsReadsThemBackAndSubmitsThem() {
        Caller siti = accounts.jobSeeker();
        byte[] ktp = Files.pdf();

        // A PDF under a JPEG name and Content-Type is accepted, as the PDF it is.
        accounts.upload(siti, "KTP", ktp, "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.type").isEqualTo("KTP")
                .jsonPath("$.format").isEqualTo("PDF")
                .jsonPath("$.mediaType").isEqualTo("application/pdf")
                .jsonPath("$.sizeBytes").isEqualTo(ktp.length);
        accounts.upload(siti, "IJAZAH", Files.pdf(), "ijazah.pdf", MediaType.APPLICATION_PDF)
                .expectStatus().isCreated();
        accounts.upload(siti, "CV", Files.png(), "cv.docx", MediaType.APPLICATION_OCTET_STREAM)
                .expectStatus().isCreated().expectBody().jsonPath("$.format").isEqualTo("PNG");
        accounts.upload(siti, "PAS_FOTO", Files.jpeg(), "foto.png", MediaType.IMAGE_PNG)
                .expectStatus().isCreated().expectBody().jsonPath("$.format").isEqualTo("JPEG");

        List<Map<String, Object>> listed = list(siti);
        assertThat(listed).extracting(d -> d.get("type")).containsExactlyInAnyOrder("KTP", "IJAZAH", "CV", "PAS_FOTO");
        String ktpId = (String) listed.stream().filter(d -> d.get("type").equals("KTP")).findFirst().orElseThrow()
                .get("id");
        byte[] read = http.get().uri("/api/accounts/me/documents/{id}", ktpId).headers(siti.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).startsWith("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(read).isEqualTo(ktp);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_read_audit WHERE owner_id = ?", Integer.class,
                siti.id())).as("an owner's own reads are not staff reads").isZero();

        submit(siti).expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.submission").isEqualTo(1)
                .jsonPath("$.documentTypes").value(types -> assertThat(types)
                        .isEqualTo(List.of("KTP", "IJAZAH", "CV", "PAS_FOTO")))
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION");
        AccountDocumentsSubmitted event = submitted(siti.id(), 1);
        assertThat(event.accountType()).isEqualTo(AccountType.JOB_SEEKER);
        assertThat(event.documentTypes()).containsExactly("KTP", "IJAZAH", "CV", "PAS_FOTO");

        // Under review: nothing changes under the verifier's eyes, and a second submission is refused.
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("documents-locked");
        submit(siti).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.get().uri("/api/accounts/me/documents/{id}", ktpId).headers(siti.bearer()).exchange()
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(ktp);
    }

    @Test
    void aScriptRenamedToJpegIsRefusedAndNothingIsStored() {
        Caller siti = accounts.jobSeeker();

        accounts.upload(siti, "KTP", Files.script(), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unsupported-document-format")
                .jsonPath("$.errors[0].field").isEqualTo("file");

        assertThat(list(siti)).isEmpty();
    }

    @Test
    void aDocumentAboveTheLimitIsRefusedAndTheOneBeforeItIsKept() {
        Caller siti = accounts.jobSeeker();
        accounts.upload(siti, "KTP", Files.withHead(Files.jpeg(), MAX_BYTES), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isCreated();
        UUID kept = UUID.fromString((String) list(siti).get(0).get("id"));

        accounts.upload(siti, "KTP", Files.withHead(Files.jpeg(), MAX_BYTES + 1), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("document-too-large")
                .jsonPath("$.maxBytes").isEqualTo(MAX_BYTES);

        assertThat(list(siti)).extracting(d -> d.get("id")).containsExactly(kept.toString());
        assertThat(jdbc.queryForObject("SELECT length(content) FROM document_content WHERE id = ?", Integer.class,
                kept)).isEqualTo(MAX_BYTES);
    }

    @Test
    void badUploadsAreNamed() {
        Caller siti = accounts.jobSeeker();

        accounts.upload(siti, "PASPOR", Files.jpeg(), "x.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        accounts.upload(siti, "NIB", Files.pdf(), "nib.pdf", MediaType.APPLICATION_PDF)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("document-type-not-allowed")
                .jsonPath("$.allowedDocumentTypes").value(types -> assertThat(types)
                        .isEqualTo(List.of("KTP", "IJAZAH", "CV", "PAS_FOTO")));
        accounts.upload(siti, "KTP", new byte[0], "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("document-empty");
        http.post().uri("/api/accounts/me/documents/KTP").headers(siti.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"file\": \"not a file\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        assertThat(list(siti)).isEmpty();
    }

    @Test
    void submittingWithoutEveryDocumentNamesTheMissingOnes() {
        Caller siti = accounts.jobSeeker();
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        accounts.upload(siti, "CV", Files.pdf(), "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();

        submit(siti).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("documents-missing")
                .jsonPath("$.missingDocumentTypes").value(types -> assertThat(types)
                        .isEqualTo(List.of("IJAZAH", "PAS_FOTO")))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("IJAZAH, PAS_FOTO"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND record_key = ?",
                Integer.class, Topics.ACCOUNT_DOCUMENTS_SUBMITTED, siti.id().toString())).isZero();
    }

    @Test
    void afterARevisionRequestTheJobSeekerReplacesADocumentAndSubmitsAgain() {
        Caller siti = accounts.jobSeeker();
        uploadAll(siti);
        submit(siti).expectStatus().isAccepted();
        UUID oldKtp = documentId(siti, "KTP");

        decide(siti.id(), VerificationOutcome.REVISION_REQUESTED, "Foto KTP buram", List.of("KTP"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REVISION_REQUESTED".equals(
                jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, siti.id())));

        byte[] sharperKtp = Files.png();
        accounts.upload(siti, "KTP", sharperKtp, "ktp-baru.png", MediaType.IMAGE_PNG).expectStatus().isCreated();
        assertThat(list(siti)).hasSize(4);
        UUID newKtp = documentId(siti, "KTP");
        assertThat(newKtp).isNotEqualTo(oldKtp);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_content WHERE id = ?", Integer.class, oldKtp))
                .as("the replaced content is gone").isZero();

        submit(siti).expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.submission").isEqualTo(2)
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION");
        assertThat(submitted(siti.id(), 2).documentTypes()).containsExactly("KTP", "IJAZAH", "CV", "PAS_FOTO");
        List<AccountStatusChanged> changes = jdbc.queryForList("""
                SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? ORDER BY position""",
                String.class, Topics.ACCOUNT_STATUS_CHANGED, siti.id().toString()).stream()
                .map(payload -> json.readValue(payload, AccountStatusChanged.class)).toList();
        assertThat(changes).extracting(AccountStatusChanged::status).extracting(Enum::name)
                .containsExactly("REVISION_REQUESTED", "PENDING_VERIFICATION");
        http.get().uri("/api/accounts/me").headers(siti.bearer()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION")
                .jsonPath("$.documentsToRedo.length()").isEqualTo(0);
    }

    @Test
    void anEmployerUploadsNibAndNpwpOnly() {
        Caller company = accounts.employer();

        accounts.upload(company, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("document-type-not-allowed");
        accounts.upload(company, "NIB", Files.pdf(), "nib.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();
        accounts.upload(company, "NPWP", Files.jpeg(), "npwp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();

        submit(company).expectStatus().isAccepted().expectBody().jsonPath("$.submission").isEqualTo(1);
        AccountDocumentsSubmitted event = submitted(company.id(), 1);
        assertThat(event.accountType()).isEqualTo(AccountType.EMPLOYER);
        assertThat(event.documentTypes()).containsExactly("NIB", "NPWP");
    }

    @Test
    void staffReadAnyonesDocumentsAndEveryReadIsAudited() {
        Caller siti = accounts.jobSeeker();
        byte[] ktp = Files.jpeg();
        accounts.upload(siti, "KTP", ktp, "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        UUID ktpId = documentId(siti, "KTP");
        Caller verifier = accounts.verifier();
        Caller admin = accounts.admin();

        http.get().uri("/api/accounts/{id}/documents", siti.id()).headers(verifier.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(ktpId.toString());
        Instant before = Instant.now().minusSeconds(1);
        for (Caller staff : List.of(verifier, admin)) {
            byte[] read = http.get().uri("/api/accounts/{id}/documents/{doc}", siti.id(), ktpId)
                    .headers(staff.bearer())
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(MediaType.IMAGE_JPEG)
                    .expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(read).isEqualTo(ktp);
        }

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT * FROM document_read_audit WHERE owner_id = ? ORDER BY read_at", siti.id());
        assertThat(audit).hasSize(2);
        assertThat(audit).extracting(row -> row.get("reader_id")).containsExactly(verifier.id(), admin.id());
        assertThat(audit).extracting(row -> row.get("reader_roles")).containsExactly("VERIFIER", "ADMIN");
        assertThat(audit).allSatisfy(row -> {
            assertThat(row.get("document_id")).isEqualTo(ktpId);
            assertThat(row.get("document_type")).isEqualTo("KTP");
            assertThat(((java.sql.Timestamp) row.get("read_at")).toInstant()).isAfter(before);
        });

        // A document id of another account, or an unknown one: not found, and nothing audited.
        Caller other = accounts.jobSeeker();
        http.get().uri("/api/accounts/{id}/documents/{doc}", other.id(), ktpId).headers(verifier.bearer())
                .exchange().expectStatus().isNotFound();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_read_audit WHERE document_id = ?",
                Integer.class, ktpId)).isEqualTo(2);
    }

    @Test
    void oneJobSeekerCannotReadAnothersDocuments() {
        Caller siti = accounts.jobSeeker();
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        UUID ktpId = documentId(siti, "KTP");
        Caller budi = accounts.jobSeeker();

        http.get().uri("/api/accounts/me/documents/{doc}", ktpId).headers(budi.bearer()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("document-not-found");
        http.get().uri("/api/accounts/{id}/documents/{doc}", siti.id(), ktpId).headers(budi.bearer()).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/accounts/{id}/documents", siti.id()).headers(budi.bearer()).exchange()
                .expectStatus().isForbidden();
        assertThat(list(budi)).isEmpty();
    }

    private void uploadAll(Caller caller) {
        accounts.upload(caller, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        accounts.upload(caller, "IJAZAH", Files.pdf(), "ijazah.pdf", MediaType.APPLICATION_PDF)
                .expectStatus().isCreated();
        accounts.upload(caller, "CV", Files.pdf(), "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();
        accounts.upload(caller, "PAS_FOTO", Files.jpeg(), "foto.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isCreated();
    }

    private WebTestClient.ResponseSpec submit(Caller caller) {
        return http.post().uri("/api/accounts/me/documents/submit").headers(caller.bearer()).exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Caller caller) {
        return http.get().uri("/api/accounts/me/documents").headers(caller.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private UUID documentId(Caller caller, String type) {
        return UUID.fromString((String) list(caller).stream().filter(d -> d.get("type").equals(type)).findFirst()
                .orElseThrow().get("id"));
    }

    private AccountDocumentsSubmitted submitted(UUID accountId, int submission) {
        return jdbc.queryForList("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ?", String.class,
                        Topics.ACCOUNT_DOCUMENTS_SUBMITTED, accountId.toString()).stream()
                .map(payload -> json.readValue(payload, AccountDocumentsSubmitted.class))
                .filter(event -> event.submission() == submission)
                .findFirst().orElseThrow();
    }

    private void decide(UUID accountId, VerificationOutcome outcome, String note, List<String> toRedo) {
        VerificationDecided decision = new VerificationDecided(UUID.randomUUID(), accountId, outcome, null, note,
                toRedo, UUID.randomUUID(), Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.VERIFICATION_DECIDED,
                accountId.toString(), json.writeValueAsString(decision));
        record.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "VerificationDecided".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }
}
