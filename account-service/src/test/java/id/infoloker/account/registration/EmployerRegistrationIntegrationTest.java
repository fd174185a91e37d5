package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class EmployerRegistrationIntegrationTest {

    private static final String REGISTER = "/api/accounts/employers";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.infoloker.kit.privacy.PersonalDataSeals seals;

    @Autowired
    JsonMapper json;

    @Test
    void anEmployerRegistrationStoresDigitsOnlyAndPublishesTheEmployerPart() {
        Map<String, Object> body = TestData.employerRegistration();
        String npwpDigits = ((String) body.get("npwp")).replaceAll("\\D", "");

        UUID accountId = register(body);

        assertThat(jdbc.queryForMap("SELECT type, status, display_name FROM account WHERE id = ?", accountId))
                .containsEntry("type", "EMPLOYER").containsEntry("status", "PENDING_VERIFICATION")
                .containsEntry("display_name", "PT Maju Bersama Karawang");
        Map<String, Object> profile = jdbc.queryForMap("SELECT * FROM employer_profile WHERE account_id = ?",
                accountId);
        assertThat(profile).containsEntry("nib", body.get("nib")).containsEntry("npwp", npwpDigits)
                .containsEntry("kecamatan_code", "321527").containsEntry("contact_person", "Budi Santoso")
                .containsEntry("consent_version", "2026-09-01");

        String payload = jdbc.queryForObject("SELECT payload FROM outbox_event WHERE record_key = ? AND topic = ?",
                String.class, accountId.toString(), Topics.ACCOUNT_REGISTERED);
        assertThat(payload).doesNotContain((String) body.get("nib"), "Budi Santoso");
        AccountRegistered event = seals.open(json.readValue(payload, AccountRegistered.class)).orElseThrow();
        assertThat(event.accountType()).isEqualTo(AccountType.EMPLOYER);
        assertThat(event.jobSeeker()).isNull();
        assertThat(event.employer()).isEqualTo(new AccountRegistered.Employer("PT Maju Bersama Karawang",
                (String) body.get("nib"), npwpDigits, "Budi Santoso"));
        assertThat(event.kecamatanCode()).isEqualTo("321527");
        assertThat(payload).doesNotContain("rahasia");
    }

    @Test
    void anEmployerSignsInAndSeesTheirCompany() {
        Map<String, Object> body = TestData.employerRegistration();
        UUID accountId = register(body);
        Map<?, ?> tokens = http.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", body.get("email"), "password", body.get("password")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        http.get().uri("/api/accounts/me").headers(h -> h.setBearerAuth((String) tokens.get("accessToken")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(accountId.toString())
                .jsonPath("$.type").isEqualTo("EMPLOYER")
                .jsonPath("$.employer.nib").isEqualTo(body.get("nib"))
                .jsonPath("$.employer.kecamatanName").isEqualTo("TELUKJAMBE BARAT")
                .jsonPath("$.jobSeeker").doesNotExist();
    }

    @Test
    void aSecondCompanyWithTheSameNibIsAConflictNamingNib() {
        Map<String, Object> first = TestData.employerRegistration();
        register(first);
        Map<String, Object> second = TestData.employerRegistration();
        second.put("nib", " " + first.get("nib") + " ");

        http.post().uri(REGISTER).bodyValue(second)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("already-registered")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("NIB ini sudah terdaftar"))
                .jsonPath("$.errors[0].field").isEqualTo("nib");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class,
                second.get("email"))).isZero();
    }

    @Test
    void theSameEmployerRegistrationSentAgainIsAnsweredAsTheFirstTime() {
        Map<String, Object> body = TestData.employerRegistration();
        UUID first = register(body);

        assertThat(register(body)).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key = ?", Integer.class,
                first.toString())).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "phone"})
    void aSecondAccountWithTheSameEmailOrPhoneIsAConflictNamingTheField(String field) {
        Map<String, Object> first = TestData.employerRegistration();
        register(first);
        Map<String, Object> second = TestData.employerRegistration();
        second.put(field, first.get(field));

        http.post().uri(REGISTER).bodyValue(second)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({
        "nib, 912000123456, invalid-nib",
        "nib, 0000000000000, invalid-nib",
        "npwp, 01.234.567.9-407.000, invalid-npwp",
        "npwp, 01.234.567.4-407.00, invalid-npwp",
        "kecamatanCode, 321599, unknown-kecamatan",
        "password, karawang123, password-common",
        "password, bismillah, password-common",
        "password, pendek, invalid-input",
        "email, hrd-at-example.id, invalid-input",
        "phone, 021-555-1234, invalid-input"})
    void badValuesAreNamed(String field, String value, String code) {
        Map<String, Object> body = TestData.employerRegistration();
        body.put(field, value);

        http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields).isEqualTo(List.of(field)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employer_profile WHERE nib = ?", Integer.class,
                body.get("nib"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingFieldsAreNamed() {
        http.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains(
                        "companyName", "nib", "npwp", "address", "kecamatanCode", "contactPerson", "email", "phone",
                        "password", "consent"));
    }

    @Test
    void aClientCannotRegisterAsVerifiedOrAsStaff() {
        Map<String, Object> body = TestData.employerRegistration();
        body.put("status", "VERIFIED");
        body.put("role", "ADMIN");
        body.put("type", "ADMIN");
        body.put("verified", true);

        UUID accountId = register(body);

        assertThat(jdbc.queryForMap("SELECT type, status FROM account WHERE id = ?", accountId))
                .containsEntry("type", "EMPLOYER").containsEntry("status", "PENDING_VERIFICATION");
    }

    private UUID register(Map<String, Object> body) {
        Map<?, ?> answer = http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(answer.get("status")).isEqualTo("PENDING_VERIFICATION");
        return UUID.fromString((String) answer.get("accountId"));
    }
}
