package id.infoloker.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

@AccountServiceIntegrationTest
class StaffAdministrationIntegrationTest {

    static final String PASSWORD = "sandi-petugas-baru";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtDecoder decoder;

    private TestAccounts accounts;
    private Caller admin;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
        admin = accounts.admin();
    }

    @Test
    void anAdminListsStaffWithNamesRolesAndStatusAndNobodyElseDoes() {
        Map<String, Object> created = createStaff("VERIFIER", "Dewi Lestari");
        UUID id = UUID.fromString((String) created.get("accountId"));

        List<Map<String, Object>> staff = list();
        assertThat(staff).anySatisfy(member -> {
            assertThat(member.get("accountId")).isEqualTo(id.toString());
            assertThat(member.get("name")).isEqualTo("Dewi Lestari");
            assertThat(member.get("type")).isEqualTo("VERIFIER");
            assertThat(member.get("status")).isEqualTo("VERIFIED");
            assertThat(member.get("enabled")).isEqualTo(true);
            assertThat(member.get("secondFactor")).isEqualTo(false);
        });
        assertThat(staff).allSatisfy(member -> assertThat(member.get("type")).isIn("VERIFIER", "ADMIN"));
        for (Caller other : List.of(accounts.verifier(), accounts.jobSeeker())) {
            http.get().uri("/api/accounts/staff").headers(other.bearer()).exchange().expectStatus().isForbidden()
                    .expectBody().jsonPath("$[0]").doesNotExist();
        }
    }

    @Test
    void aDisabledStaffAccountSignsInNoMoreAndItsSessionEndsAtOnceUntilEnabled() {
        Map<String, Object> created = createStaff("VERIFIER", "Budi Santoso");
        UUID id = UUID.fromString((String) created.get("accountId"));
        String email = (String) created.get("email");
        String refreshToken = signIn(email, PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("refreshToken").toString();

        post("/api/accounts/staff/{id}/disable", id).expectStatus().isNoContent();

        signIn(email, PASSWORD).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("account-suspended");
        http.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", refreshToken)).exchange()
                .expectStatus().isUnauthorized();
        assertThat(statusEvents(id)).containsExactly("SUSPENDED");
        assertThat(list()).anySatisfy(member -> {
            assertThat(member.get("accountId")).isEqualTo(id.toString());
            assertThat(member.get("enabled")).isEqualTo(false);
        });

        post("/api/accounts/staff/{id}/enable", id).expectStatus().isNoContent();
        signIn(email, PASSWORD).expectStatus().isOk();
        assertThat(statusEvents(id)).containsExactly("SUSPENDED", "VERIFIED");
    }

    @Test
    void aResetPasswordIsTemporaryAndIsReplacedAtTheNextSignIn() {
        Map<String, Object> created = createStaff("VERIFIER", "Rina Wati");
        UUID id = UUID.fromString((String) created.get("accountId"));
        String email = (String) created.get("email");

        String temporary = (String) post("/api/accounts/staff/{id}/password-reset", id).expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody().get("temporaryPassword");

        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        signIn(email, PASSWORD).expectStatus().isUnauthorized();
        signIn(email, temporary).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("password-change-required")
                .jsonPath("$.accessToken").doesNotExist();
        signIn(email, temporary, Map.of("newPassword", "indonesia123")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("password-common")
                .jsonPath("$.errors[0].field").isEqualTo("newPassword");
        signIn(email, temporary, Map.of("newPassword", "sandi-pilihan-rina")).expectStatus().isOk()
                .expectBody().jsonPath("$.accessToken").exists();

        signIn(email, "sandi-pilihan-rina").expectStatus().isOk();
        signIn(email, temporary).expectStatus().isUnauthorized();
    }

    @Test
    void aRoleChangeHoldsFromTheNextSignIn() {
        Map<String, Object> created = createStaff("VERIFIER", "Agus Salim");
        UUID id = UUID.fromString((String) created.get("accountId"));

        http.put().uri("/api/accounts/staff/{id}/role", id).headers(admin.bearer()).bodyValue(Map.of("type", "ADMIN"))
                .exchange().expectStatus().isNoContent();

        String token = (String) signIn((String) created.get("email"), PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("accessToken");
        assertThat(decoder.decode(token).getClaimAsStringList("roles")).containsExactly("ADMIN");
        http.put().uri("/api/accounts/staff/{id}/role", id).headers(admin.bearer())
                .bodyValue(Map.of("type", "JOB_SEEKER")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-staff-type");
    }

    @Test
    void anAdminCannotChangeTheirOwnAccountHereAndOnlyStaffAreFound() {
        post("/api/accounts/staff/{id}/disable", admin.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("staff-self-change");
        post("/api/accounts/staff/{id}/password-reset", admin.id()).expectStatus().isEqualTo(409);
        Caller jobSeeker = accounts.jobSeeker();
        post("/api/accounts/staff/{id}/disable", jobSeeker.id()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("staff-not-found");
        post("/api/accounts/staff/{id}/disable", UUID.randomUUID()).expectStatus().isNotFound();
        http.post().uri("/api/accounts/staff/not-a-uuid/disable").headers(admin.bearer()).exchange()
                .expectStatus().isBadRequest();
        http.post().uri("/api/accounts/staff/{id}/disable", jobSeeker.id()).headers(accounts.verifier().bearer())
                .exchange().expectStatus().isForbidden();
        assertThat(jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, jobSeeker.id()))
                .isEqualTo("PENDING_VERIFICATION");
    }

    private Map<String, Object> createStaff(String type, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", name);
        body.put("email", "petugas." + UUID.randomUUID() + "@disnakertrans.karawangkab.go.id");
        body.put("password", PASSWORD);
        Map<?, ?> created = http.post().uri("/api/accounts/staff").headers(admin.bearer()).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        body.put("accountId", created.get("accountId"));
        return body;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list() {
        return http.get().uri("/api/accounts/staff").headers(admin.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, UUID id) {
        return http.post().uri(path, id).headers(admin.bearer()).exchange();
    }

    private WebTestClient.ResponseSpec signIn(String email, String password) {
        return signIn(email, password, Map.of());
    }

    private WebTestClient.ResponseSpec signIn(String email, String password, Map<String, String> more) {
        Map<String, String> body = new LinkedHashMap<>(more);
        body.put("username", email);
        body.put("password", password);
        return http.post().uri("/api/auth/token").bodyValue(body).exchange();
    }

    private List<String> statusEvents(UUID id) {
        return jdbc.queryForList("""
                SELECT payload::jsonb ->> 'status' FROM outbox_event
                WHERE record_key = ? AND topic = 'account.status-changed.v1' ORDER BY position""", String.class,
                id.toString());
    }
}
