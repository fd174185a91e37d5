package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Input that used to end in a 500 (the database refusing NUL, an unparseable multipart body) answers a 400 problem. */
@InfolokerIntegrationTest
class HostileInputIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aNulCharacterInAJsonStringIsA400NamingTheFieldInBothLanguages() {
        String body = "{\"name\":\"Siti\\u0000Nurhaliza\",\"nik\":\"3215014506990001\"}";
        http().post().uri("/api/test/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].code").isEqualTo("ControlCharacter")
                .jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("karakter yang tidak diizinkan"));
        http().post().uri("/api/test/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .header("Accept-Language", "en").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("not allowed"));
    }

    @Test
    void aLoneSurrogateIsRefusedButRightToLeftMarksAndEmojiAreText() {
        http().post().uri("/api/test/registrations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Siti \\ud800\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        http().post().uri("/api/test/registrations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"\\u200fسيتي \\ud83d\\ude00\\tNurhaliza\"}").exchange()
                .expectStatus().isOk();
    }

    @Test
    void controlCharactersInQueryParametersAndPathVariablesAre400sNamingThem() {
        // As sent on the wire: a URI string here would have its '%' encoded again.
        http().get().uri(raw("/api/test/search?q=a%00b")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q")
                .jsonPath("$.errors[0].code").isEqualTo("ControlCharacter");
        http().get().uri(raw("/api/test/items/a%01b")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        http().get().uri("/api/test/search?q=lowongan%20operator").exchange().expectStatus().isOk();
    }

    @Test
    void parametersThatAreNotUtf8OrHaveAForbiddenNameAre400sNot500s() {
        // %ED%A0%80 is a lone surrogate in CESU-8: no UTF-8 decoder accepts it.
        http().get().uri(raw("/api/test/search?q=%ED%A0%80")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("malformed-parameter");
        // An unassigned code point (U+0378) as a parameter name: the firewall refuses it.
        http().get().uri(raw("/api/test/search?q=a&%CD%B8=1")).header("Accept-Language", "en").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-parameter")
                .jsonPath("$.title").isEqualTo("Unreadable parameter");
    }

    @Test
    void aPathTomcatRefusesBeforeSpringIsAProblemNotTomcatsHtmlPage() {
        // An encoded slash in a path variable: Tomcat refuses it before any filter or controller runs.
        http().get().uri(raw("/api/test/items/a%2Fb")).header("Accept-Language", "en").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("bad-request")
                .jsonPath("$.title").isEqualTo("Unreadable request");
        http().get().uri(raw("/api/test/items/a%00b")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void multipartBodiesWithoutBoundaryOrUnterminatedAre400Problems() {
        http().post().uri("/api/test/uploads").header("Content-Type", "multipart/form-data")
                .bodyValue("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("malformed-multipart");
        http().post().uri("/api/test/uploads").header("Content-Type", "multipart/form-data; boundary=x")
                .bodyValue("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nabc")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-multipart");
        http().post().uri("/api/test/uploads").header("Content-Type", "multipart/form-data; boundary=x")
                .bodyValue("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nabc\r\n--x--\r\n")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aProblemBodyCarriesItsStatusOnce() {
        byte[] body = http().get().uri("/api/test/conflict").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().returnResult().getResponseBody();
        String json = new String(body, StandardCharsets.UTF_8);
        assertThat(json.split("\"status\"", -1)).as(json).hasSize(2);
    }

    private java.net.URI raw(String pathAndQuery) {
        return java.net.URI.create("http://localhost:" + port + pathAndQuery);
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
