package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** NIK and password are personal data / secrets: they must not reach the logs on any path of a registration. */
@AccountServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistrationLogsTest {

    @Autowired
    WebTestClient http;

    @Test
    void neitherNikNorPasswordIsLogged(CapturedOutput output) {
        Map<String, Object> body = TestData.registration();
        String nik = (String) body.get("nik");
        String password = "sandi-" + nik.substring(8);
        body.put("password", password);

        Map<?, ?> accepted = http.post().uri("/api/accounts/job-seekers").bodyValue(body).exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        // The duplicate path: PostgreSQL's error detail names the NIK ("Key (nik)=(...) already exists").
        Map<String, Object> duplicate = TestData.registration();
        duplicate.put("nik", nik);
        http.post().uri("/api/accounts/job-seekers").bodyValue(duplicate).exchange()
                .expectStatus().isEqualTo(409);
        // The refusal paths.
        Map<String, Object> mismatched = TestData.registration();
        mismatched.put("nik", nik.substring(0, 8) + "13" + nik.substring(10));
        http.post().uri("/api/accounts/job-seekers").bodyValue(mismatched).exchange()
                .expectStatus().isBadRequest();
        http.post().uri("/api/auth/token").bodyValue(Map.of("username", body.get("email"), "password", nik))
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(output.getAll())
                .as("the registration was logged, by account id")
                .contains(String.valueOf(accepted.get("accountId")))
                .doesNotContain(nik)
                .doesNotContain(password);
    }

    @Test
    void theNikStaysOutOfTheLogsOnEveryPathThatTouchesIt(CapturedOutput output) {
        TestAccounts accounts = new TestAccounts(http);
        Map<String, Object> body = TestData.registration();
        String nik = (String) body.get("nik");
        TestAccounts.Caller siti = accounts.jobSeeker(body);
        TestAccounts.Caller verifier = accounts.verifier();
        TestAccounts.Caller admin = accounts.admin();

        accounts.upload(siti, "KTP", TestAccounts.Files.jpeg(), nik + ".jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isCreated();
        accounts.upload(siti, "IJAZAH", TestAccounts.Files.script(), nik + ".jpg", MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(415);
        http.post().uri("/api/accounts/me/documents/submit").headers(siti.bearer()).exchange()
                .expectStatus().isEqualTo(409);
        String documentId = (String) ((Map<?, ?>) http.get().uri("/api/accounts/me/documents")
                .headers(siti.bearer()).exchange().expectBody(java.util.List.class).returnResult()
                .getResponseBody().get(0)).get("id");
        http.get().uri("/api/accounts/{id}", siti.id()).headers(verifier.bearer()).exchange().expectStatus().isOk();
        http.get().uri("/api/accounts/{id}", siti.id()).headers(admin.bearer()).exchange().expectStatus().isOk();
        http.get().uri("/api/accounts/{id}/documents/{doc}", siti.id(), documentId).headers(verifier.bearer())
                .exchange().expectStatus().isOk();
        http.get().uri("/api/accounts/me/export").headers(siti.bearer()).exchange().expectStatus().isOk();
        // An employer whose NPWP is an individual's NIK (allowed: sole proprietors).
        Map<String, Object> company = TestData.employerRegistration();
        company.put("npwp", nik);
        company.put("email", "npwp-nik-" + java.util.UUID.randomUUID() + "@example.id");
        http.post().uri("/api/accounts/employers").bodyValue(company).exchange().expectStatus().isAccepted();
        for (int i = 0; i < 5; i++) {
            http.post().uri("/api/auth/token").bodyValue(Map.of("username", body.get("email"), "password", nik))
                    .exchange();
        }
        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        assertThat(output.getAll())
                .as("the paths were logged, by account and document id")
                .contains(siti.id().toString(), documentId)
                .doesNotContain(nik);
    }
}
