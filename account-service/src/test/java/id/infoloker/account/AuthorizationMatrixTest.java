package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import id.infoloker.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Role × endpoint → status, for every endpoint of the service. Job seekers and employers are registered afresh for
 * each endpoint, so a row's effect (an erasure, an upload) cannot change another row's answer. Refusals must carry none
 * of the other person's data.
 */
@AccountServiceIntegrationTest
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES = List.of(ANONYMOUS, "JOB_SEEKER", "EMPLOYER", "VERIFIER", "ADMIN");

    @Autowired
    WebTestClient http;

    private TestAccounts accounts;
    private Caller owner;
    private String ownerDocument;
    private Caller verifier;
    private Caller admin;

    /** One row: the request, and the expected status for anonymous, JOB_SEEKER, EMPLOYER, VERIFIER, ADMIN. */
    private record Row(HttpMethod method, String path, Function<String, Object> body, int... expected) {
    }

    @BeforeEach
    void anotherPersonWithADocument() {
        accounts = new TestAccounts(http);
        verifier = accounts.verifier();
        admin = accounts.admin();
        owner = accounts.jobSeeker();
        accounts.upload(owner, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        ownerDocument = (String) ((Map<?, ?>) http.get().uri("/api/accounts/me/documents").headers(owner.bearer())
                .exchange().expectBody(List.class).returnResult().getResponseBody().get(0)).get("id");
    }

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        String other = "/api/accounts/" + owner.id();
        List<Row> rows = List.of(
                new Row(HttpMethod.POST, "/api/accounts/job-seekers", role -> TestData.registration(),
                        202, 202, 202, 202, 202),
                new Row(HttpMethod.POST, "/api/accounts/employers", role -> TestData.employerRegistration(),
                        202, 202, 202, 202, 202),
                new Row(HttpMethod.GET, "/.well-known/jwks.json", null, 200, 200, 200, 200, 200),
                new Row(HttpMethod.POST, "/api/auth/logout", role -> Map.of("refreshToken", "unknown"),
                        204, 204, 204, 204, 204),
                new Row(HttpMethod.GET, "/api/accounts/me", null, 401, 200, 200, 200, 200),
                new Row(HttpMethod.GET, "/api/accounts/me/export", null, 401, 200, 200, 200, 200),
                new Row(HttpMethod.GET, "/api/accounts/me/documents", null, 401, 200, 200, 403, 403),
                new Row(HttpMethod.POST, "/api/accounts/me/documents/KTP", role -> jpegPart(),
                        401, 201, 400, 403, 403),
                new Row(HttpMethod.POST, "/api/accounts/me/documents/submit", null, 401, 409, 409, 403, 403),
                // Another person's document id under one's own account: simply not there.
                new Row(HttpMethod.GET, "/api/accounts/me/documents/" + ownerDocument, null, 401, 404, 404, 403, 403),
                new Row(HttpMethod.GET, other, null, 401, 403, 403, 200, 200),
                new Row(HttpMethod.GET, other + "/documents", null, 401, 403, 403, 200, 200),
                new Row(HttpMethod.GET, other + "/documents/" + ownerDocument, null, 401, 403, 403, 200, 200),
                new Row(HttpMethod.GET, "/api/accounts/" + UUID.randomUUID(), null, 401, 403, 403, 404, 404),
                new Row(HttpMethod.POST, "/api/accounts/staff", role -> newStaff(), 401, 403, 403, 403, 201),
                new Row(HttpMethod.GET, "/api/accounts/staff", null, 401, 403, 403, 403, 200),
                new Row(HttpMethod.GET, "/api/accounts/staff/second-factor-requirements", null,
                        401, 403, 403, 403, 200),
                // A job seeker is no staff: not found even for an ADMIN, and nothing changes.
                new Row(HttpMethod.POST, "/api/accounts/staff/" + owner.id() + "/disable", null,
                        401, 403, 403, 403, 404),
                new Row(HttpMethod.POST, "/api/accounts/staff/" + owner.id() + "/password-reset", null,
                        401, 403, 403, 403, 404),
                new Row(HttpMethod.POST, "/api/accounts/me/second-factor", null, 401, 403, 403, 200, 200),
                new Row(HttpMethod.GET, "/api/accounts/me/career-profile", null, 401, 200, 403, 403, 403),
                new Row(HttpMethod.PUT, "/api/accounts/me/career-profile", role -> Map.of("skills", List.of("Las"),
                        "experiences", List.of()), 401, 200, 403, 403, 403),
                // A guessed application id: 404 for any employer, whoever it is; nobody else gets that far.
                new Row(HttpMethod.GET, "/api/accounts/applicants/" + UUID.randomUUID(), null, 401, 403, 404, 403, 403),
                new Row(HttpMethod.GET, "/api/accounts/applicants/" + UUID.randomUUID() + "/cv", null,
                        401, 403, 404, 403, 403),
                new Row(HttpMethod.POST, "/api/auth/password-reset", role -> Map.of("username", "nobody@example.id"),
                        202, 202, 202, 202, 202),
                new Row(HttpMethod.POST, "/api/auth/password-reset/confirm", role -> Map.of("username",
                        "nobody@example.id", "code", "123456", "newPassword", "kata-sandi-baru-77"),
                        400, 400, 400, 400, 400),
                new Row(HttpMethod.POST, "/api/accounts/me/password", role -> Map.of("currentPassword",
                        "not-the-password", "newPassword", "kata-sandi-baru-77"), 401, 400, 400, 400, 400),
                // Another account's address: refused for everyone, so no code is sent (and none to staff accounts).
                new Row(HttpMethod.POST, "/api/accounts/me/email", role -> Map.of("email",
                        owner.registration().get("email")), 401, 409, 409, 409, 409),
                new Row(HttpMethod.POST, "/api/accounts/me/email/confirm", role -> Map.of("code", "000000"),
                        401, 400, 400, 400, 400),
                new Row(HttpMethod.PUT, "/api/accounts/me/profile", role -> Map.of("address", "Jl. Baru 2",
                        "kecamatanCode", "321501", "education", "SMK"), 401, 200, 403, 403, 403),
                new Row(HttpMethod.POST, "/api/accounts/me/identity-correction", role -> Map.of("fullName", "Siti",
                        "nik", "0000000000000000", "birthPlace", "Karawang", "birthDate", "1999-06-05", "sex", "F"),
                        401, 400, 403, 403, 403),
                new Row(HttpMethod.DELETE, "/api/accounts/me", null, 401, 204, 204, 403, 403));

        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            Map<String, Caller> callers = callers();
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                EntityExchangeResult<byte[]> result = send(row, role, callers.get(role));
                softly.assertThat(result.getStatus().value())
                        .as("%s %s as %s", row.method(), row.path(), role).isEqualTo(row.expected()[i]);
                if (result.getStatus().value() >= 400) {
                    String body = result.getResponseBody() == null ? ""
                            : new String(result.getResponseBody(), StandardCharsets.UTF_8);
                    softly.assertThat(body).as("refusal of %s %s as %s carries no data", row.method(), row.path(),
                            role).doesNotContain((String) owner.registration().get("nik"),
                            (String) owner.registration().get("email"), owner.registration().get("phone")
                                    .toString().substring(1));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void missingExpiredTamperedAndUnsignedTokensAreRefusedEverywhere() {
        String token = owner.token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        List<String> bad = List.of(
                parts[0] + "." + base64(payload.replace("JOB_SEEKER", "VERIFIER")) + "." + parts[2],
                base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload.replace("JOB_SEEKER",
                        "VERIFIER")) + ".",
                TestTokens.forAccount(owner.id(), "VERIFIER"),
                "garbage");
        List<String> paths = List.of("/api/accounts/me", "/api/accounts/me/documents",
                "/api/accounts/me/documents/" + ownerDocument, "/api/accounts/" + owner.id() + "/documents/"
                        + ownerDocument, "/api/accounts/me/export");
        for (String path : paths) {
            for (String forged : bad) {
                http.get().uri(path).headers(h -> h.setBearerAuth(forged)).exchange()
                        .expectStatus().isUnauthorized()
                        .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
            }
        }
        http.delete().uri("/api/accounts/me").headers(h -> h.setBearerAuth(bad.get(1))).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/api/accounts/me").headers(owner.bearer()).exchange().expectStatus().isOk();
    }

    private Map<String, Caller> callers() {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("JOB_SEEKER", accounts.jobSeeker());
        callers.put("EMPLOYER", accounts.employer());
        callers.put("VERIFIER", verifier);
        callers.put("ADMIN", admin);
        return callers;
    }

    private EntityExchangeResult<byte[]> send(Row row, String role, Caller caller) {
        WebTestClient.RequestBodySpec request = http.method(row.method()).uri(row.path());
        if (caller != null) {
            request.headers(caller.bearer());
        }
        Object body = row.body() == null ? null : row.body().apply(role);
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : body instanceof MultipartBodyBuilder multipart
                        ? request.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(multipart.build())
                        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody().returnResult();
    }

    private static MultipartBodyBuilder jpegPart() {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(Files.jpeg()) {
            @Override
            public String getFilename() {
                return "ktp.jpg";
            }
        }).contentType(MediaType.IMAGE_JPEG);
        return body;
    }

    private static Map<String, Object> newStaff() {
        return Map.of("type", "VERIFIER", "name", "Petugas", "email", "p." + UUID.randomUUID() + "@example.id",
                "password", "sandi-petugas-baru");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
