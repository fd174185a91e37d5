package id.infoloker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The gateway's own errors on portal paths are pages for people; on API paths they stay problems for programs. */
class PortalErrorPageTest extends GatewayIntegrationTest {

    @Test
    void webDownGivesAnHtml503PageWithRetryAfterInThePersonsLanguage() {
        backends.web.down(() -> {
            gateway.get().uri("/lowongan/" + UUID.randomUUID())
                    .header("Accept", "text/html")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("<html lang=\"id\">", "Layanan sedang tidak tersedia", "Coba lagi dalam 5 detik",
                                    "href=\"/\"")
                            .doesNotContain("{\"type\""));

            gateway.get().uri("/")
                    .header("Accept-Language", "en")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("<html lang=\"en\">", "Try again in 5 seconds"));

            // The portal's language switch (web's lang cookie) wins over the browser's header.
            gateway.get().uri("/")
                    .header("Accept-Language", "id")
                    .cookie("lang", "en")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody(String.class).value(html -> assertThat(html).contains("<html lang=\"en\">"));
        });
    }

    @Test
    void anApiServiceDownStaysAProblemForPrograms() {
        backends.vacancy.down(() -> gateway.get().uri("/api/vacancies")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable"));
    }

    @Test
    void anUploadOverTheLimitOnThePortalIsAPageToo() {
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        gateway.post().uri("/dokumen/KTP")
                .header("Content-Type", "application/octet-stream")
                .bodyValue(elevenMegabytes)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("Permintaan terlalu besar"));
    }
}
