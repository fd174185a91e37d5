package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
}
