package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whatever is refused, nothing a person has stored is lost or changed by it. */
@AccountServiceIntegrationTest
class RejectedRequestsChangeNothingTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBarrageOfRefusedRequestsLeavesThePersonsDataAsItWas() {
        TestAccounts accounts = new TestAccounts(http);
        Caller siti = accounts.jobSeeker();
        Map<String, Object> registration = siti.registration();
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        accounts.upload(siti, "CV", Files.pdf(), "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();
        String documentId = jdbc.queryForObject("SELECT id::text FROM document WHERE account_id = ? AND type = 'KTP'",
                String.class, siti.id());
        Map<String, Object> before = snapshot(siti);

        // Duplicates of her NIK, email and phone, as a job seeker, an employer and a staff member.
        for (String field : List.of("nik", "email", "phone")) {
            Map<String, Object> copy = TestData.registration();
            copy.put(field, registration.get(field));
            copy.put("fullName", "Penipu");
            copy.put("status", "VERIFIED");
            http.post().uri("/api/accounts/job-seekers").bodyValue(copy).exchange()
                    .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        }
        Map<String, Object> company = TestData.employerRegistration();
        company.put("email", registration.get("email"));
        http.post().uri("/api/accounts/employers").bodyValue(company).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        http.post().uri("/api/accounts/staff").headers(accounts.admin().bearer())
                .bodyValue(Map.of("type", "ADMIN", "name", "X", "email", registration.get("email"),
                        "password", "sandi-petugas-baru"))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);
        // Her own bad uploads and a premature submission.
        accounts.upload(siti, "KTP", Files.script(), "ktp.jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        accounts.upload(siti, "KTP", Files.withHead(Files.jpeg(), 2 * 1024 * 1024 + 1), "ktp.jpg",
                MediaType.IMAGE_JPEG).expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        accounts.upload(siti, "KTP", new byte[0], "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isBadRequest();
        accounts.upload(siti, "NPWP", Files.pdf(), "npwp.pdf", MediaType.APPLICATION_PDF)
                .expectStatus().isBadRequest();
        http.post().uri("/api/accounts/me/documents/submit").headers(siti.bearer()).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        // Attempts to change her account other than through the API's own operations.
        http.patch().uri("/api/accounts/me").headers(siti.bearer())
                .bodyValue(Map.of("status", "VERIFIED", "role", "ADMIN", "verified", true)).exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        http.put().uri("/api/accounts/me").headers(siti.bearer())
                .bodyValue(Map.of("status", "VERIFIED", "type", "ADMIN")).exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        // Someone else, or nobody, trying her data.
        Caller budi = accounts.jobSeeker();
        http.get().uri("/api/accounts/me/documents/{doc}", documentId).headers(budi.bearer()).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/accounts/{id}/documents/{doc}", siti.id(), documentId).headers(budi.bearer())
                .exchange().expectStatus().isForbidden();
        http.delete().uri("/api/accounts/me").exchange().expectStatus().isUnauthorized();
        http.delete().uri("/api/accounts/me").headers(accounts.verifier().bearer()).exchange()
                .expectStatus().isForbidden();

        assertThat(snapshot(siti)).isEqualTo(before);
    }

    /** Every row of the person's, as JSON text (arrays and binary compare by value that way). */
    private Map<String, Object> snapshot(Caller caller) {
        return Map.of(
                "account", rows("SELECT row_to_json(a)::text FROM account a WHERE id = ?", caller),
                "profile", rows("SELECT row_to_json(p)::text FROM job_seeker_profile p WHERE account_id = ?", caller),
                "documents", rows("SELECT row_to_json(d)::text FROM document d WHERE account_id = ? ORDER BY type",
                        caller),
                "contents", rows("""
                        SELECT c.id || ':' || md5(c.content) FROM document_content c JOIN document d ON d.id = c.id
                        WHERE d.account_id = ? ORDER BY c.id""", caller),
                "submissions", rows("SELECT row_to_json(s)::text FROM document_submission s WHERE account_id = ?",
                        caller),
                "events", rows("SELECT id || topic FROM outbox_event WHERE record_key = ?::text ORDER BY id", caller),
                "audit", rows("SELECT row_to_json(r)::text FROM document_read_audit r WHERE owner_id = ?", caller));
    }

    private List<String> rows(String sql, Caller caller) {
        return jdbc.queryForList(sql, String.class, caller.id());
    }
}
