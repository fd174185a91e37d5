package id.infoloker.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@AccountServiceIntegrationTest
class StaffCreationIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VERIFIER", "ADMIN"})
    void anAdminCreatesStaffWhoCanSignInWithTheirRole(String type) {
        Caller admin = accounts.admin();
        Map<String, Object> body = staff(type);

        Map<?, ?> created = http.post().uri("/api/accounts/staff").headers(admin.bearer()).bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(created.get("type")).isEqualTo(type);
        assertThat(created.get("status")).isEqualTo("VERIFIED");
        Caller staff = accounts.signIn((String) body.get("email"), (String) body.get("password"), body);
        assertThat(staff.id()).isEqualTo(UUID.fromString((String) created.get("accountId")));
        http.get().uri("/api/accounts/me").headers(staff.bearer()).exchange()
                .expectBody().jsonPath("$.type").isEqualTo(type);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key = ?", Integer.class,
                staff.id().toString())).isZero();
    }

    @Test
    void nobodyButAnAdminCreatesStaff() {
        List<Caller> others = List.of(accounts.jobSeeker(), accounts.employer(), accounts.verifier());
        for (Caller caller : others) {
            Map<String, Object> body = staff("ADMIN");
            http.post().uri("/api/accounts/staff").headers(caller.bearer()).bodyValue(body)
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("forbidden");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class,
                    body.get("email"))).isZero();
        }
        http.post().uri("/api/accounts/staff").bodyValue(staff("ADMIN")).exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOB_SEEKER", "EMPLOYER"})
    void onlyStaffTypesAreCreatedHere(String type) {
        http.post().uri("/api/accounts/staff").headers(accounts.admin().bearer()).bodyValue(staff(type))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-staff-type")
                .jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void badAndDuplicateInputIsNamed() {
        Caller admin = accounts.admin();
        Map<String, Object> weak = staff("VERIFIER");
        weak.put("password", "indonesia123");
        http.post().uri("/api/accounts/staff").headers(admin.bearer()).bodyValue(weak).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("password-common");
        Map<String, Object> unknownType = staff("VERIFIER");
        unknownType.put("type", "SUPERUSER");
        http.post().uri("/api/accounts/staff").headers(admin.bearer()).bodyValue(unknownType).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        Map<String, Object> taken = staff("VERIFIER");
        taken.put("email", TestAccounts.ADMIN_EMAIL.toUpperCase());
        http.post().uri("/api/accounts/staff").headers(admin.bearer()).bodyValue(taken).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void nobodyRegistersAsStaffThroughThePublicRegistration() {
        Map<String, Object> body = TestData.registration();
        body.put("type", "ADMIN");
        body.put("roles", List.of("ADMIN"));
        Map<?, ?> accepted = http.post().uri("/api/accounts/job-seekers").bodyValue(body).exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(jdbc.queryForObject("SELECT type FROM account WHERE id = ?", String.class,
                UUID.fromString((String) accepted.get("accountId")))).isEqualTo("JOB_SEEKER");
    }

    private static Map<String, Object> staff(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", "Petugas Baru");
        body.put("email", "petugas." + UUID.randomUUID() + "@disnakertrans.karawangkab.go.id");
        body.put("password", "sandi-petugas-baru");
        return body;
    }
}
