package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@AccountServiceIntegrationTest
class RegistrationIntegrationTest {

    private static final String REGISTER = "/api/accounts/job-seekers";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.infoloker.kit.privacy.PersonalDataSeals seals;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void registrationWritesTheAccountAndItsEventInOneGo() {
        Map<String, Object> body = TestData.registration();
        body.put("email", "  Siti." + UUID.randomUUID() + "@Example.ID ");
        String localPhone = (String) body.get("phone");

        UUID accountId = register(body);

        Map<String, Object> account = jdbc.queryForMap("SELECT * FROM account WHERE id = ?", accountId);
        assertThat(account.get("type")).isEqualTo("JOB_SEEKER");
        assertThat(account.get("status")).isEqualTo("PENDING_VERIFICATION");
        assertThat(account.get("email")).isEqualTo(((String) body.get("email")).strip().toLowerCase());
        assertThat(account.get("phone")).isEqualTo("+62" + localPhone.substring(1));
        assertThat((String) account.get("password_hash")).startsWith("{bcrypt}").doesNotContain("rahasia");
        Map<String, Object> profile = jdbc.queryForMap("SELECT * FROM job_seeker_profile WHERE account_id = ?",
                accountId);
        assertThat(profile.get("nik")).isEqualTo(body.get("nik"));
        assertThat(profile.get("nik_mismatch")).isEqualTo(false);
        assertThat(profile.get("education")).isEqualTo("SMK");
        assertThat(profile.get("consent_version")).as("the consent text agreed to").isEqualTo("2026-09-01");

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT * FROM outbox_event WHERE record_key = ?", accountId.toString());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("topic")).isEqualTo(Topics.ACCOUNT_REGISTERED);
        assertThat(events.get(0).get("event_type")).isEqualTo("AccountRegistered");
        String payload = (String) events.get(0).get("payload");
        // The personal fields travel sealed with the person's key (crypto-shredding); the kecamatan in the clear.
        assertThat(payload).contains("\"accountId\":\"" + accountId + "\"", "\"kecamatanCode\":\"321501\"",
                        "\"personalData\":\"pdp1.")
                .doesNotContain((String) body.get("nik"), "1999-06-05", "rahasia", "password");
        AccountRegistered opened = seals.open(json.readValue(payload, AccountRegistered.class)).orElseThrow();
        assertThat(opened.jobSeeker().nik()).isEqualTo(body.get("nik"));
        assertThat(opened.jobSeeker().birthDate()).isEqualTo(java.time.LocalDate.of(1999, 6, 5));
    }

    @Test
    void aNikThatDisagreesWithTheStatedBirthDateOrSexIsFlaggedNotRefused() {
        Map<String, Object> body = TestData.registration();
        body.put("sex", "M"); // the NIK encodes a woman (day + 40)

        UUID accountId = register(body);

        assertThat(jdbc.queryForObject("SELECT nik_mismatch FROM job_seeker_profile WHERE account_id = ?",
                Boolean.class, accountId)).isTrue();
    }

    @Test
    void missingFieldsAreNamed() {
        http.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-input")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(asStrings(fields)).contains(
                        "fullName", "nik", "birthPlace", "birthDate", "sex", "email", "phone", "password",
                        "address", "kecamatanCode", "education", "consent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"321501450699000", "32150145069900011", "3215014506990O01"})
    void aNikThatIsNotSixteenDigitsIsRefused(String nik) {
        Map<String, Object> body = TestData.registration();
        body.put("nik", nik);
        expectBadRequestOn(body, "nik", "invalid-input");
    }

    @ParameterizedTest
    @CsvSource({
        "3215013513990001, day 35 is neither a man's (1-31) nor a woman's (41-71)",
        "3215014513990001, month 13",
        "3215017102990001, 31 February (woman)",
        "3215012902990001, 29 February 1999 or 2099",
        "0015014506990001, province 00",
        "3215014506990000, serial 0000"})
    void aNikThatCannotExistIsRefused(String nik, String why) {
        Map<String, Object> body = TestData.registration();
        body.put("nik", nik);
        expectBadRequestOn(body, "nik", "invalid-nik");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        http.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"fullName\": \"Siti\",")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-body");
    }

    @ParameterizedTest
    @CsvSource({
        "birthDate, 05-06-1999",
        "birthDate, 1999-02-30",
        "sex, X",
        "education, SARJANA"})
    void valuesOfTheWrongShapeAreNamed(String field, String value) {
        Map<String, Object> body = TestData.registration();
        body.put(field, value);
        expectBadRequestOn(body, field, "invalid-input");
    }

    @ParameterizedTest
    @CsvSource({
        "email, siti-at-example.id",
        "phone, 021-555-1234",
        "phone, 0812",
        "password, pendek",
        "kecamatanCode, 32150",
        "preferredLanguage, jv",
        "birthDate, 2999-01-01"})
    void valuesBreakingTheRulesAreNamed(String field, String value) {
        Map<String, Object> body = TestData.registration();
        body.put(field, value);
        expectBadRequestOn(body, field, "invalid-input");
    }

    @Test
    void consentMustBeGiven() {
        Map<String, Object> body = TestData.registration();
        body.put("consent", false);
        expectBadRequestOn(body, "consent", "invalid-input");
    }

    @Test
    void consentToAnOutdatedTextIsNotConsentToTheCurrentOne() {
        Map<String, Object> body = TestData.registration();
        body.put("consentVersion", "2020-09-14");

        http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("consent-outdated")
                .jsonPath("$.currentConsentVersion").isEqualTo("2026-09-01")
                .jsonPath("$.errors[0].field").isEqualTo("consentVersion");

        body.put("consentVersion", "2026-09-01");
        register(body);
    }

    @Test
    void aKecamatanOutsideTheRegencyIsRefused() {
        Map<String, Object> body = TestData.registration();
        body.put("kecamatanCode", "321599");
        expectBadRequestOn(body, "kecamatanCode", "unknown-kecamatan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nik", "email", "phone"})
    void aSecondAccountWithTheSameNikEmailOrPhoneIsAConflictNamingTheField(String field) {
        Map<String, Object> first = TestData.registration();
        register(first);
        Map<String, Object> second = TestData.registration();
        Object sameValue = switch (field) {
            case "email" -> ((String) first.get("email")).toUpperCase(); // same mailbox, other spelling
            case "phone" -> "+62 " + ((String) first.get("phone")).substring(1); // same number, other spelling
            default -> first.get(field);
        };
        second.put(field, sameValue);

        http.post().uri(REGISTER).header("Accept-Language", "en").bodyValue(second)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("already-registered")
                .jsonPath("$.title").isEqualTo("Already registered")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("This " + (field.equals("nik") ? "NIK" : field.equals("email")
                                ? "email address" : "phone number") + " is already registered"))
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void theSameRegistrationSentAgainIsAnsweredAsTheFirstTimeWithNoSecondAccountOrEvent() {
        // The first answer was lost (a 504 at the gateway, a dropped connection) after the account was stored.
        Map<String, Object> body = TestData.registration();
        UUID first = register(body);

        UUID again = register(body);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_seeker_profile WHERE nik = ?", Integer.class,
                body.get("nik"))).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key = ?", Integer.class,
                first.toString())).isOne();
    }

    @Test
    void theSameIdentifiersWithAnotherPasswordAreStillAConflict() {
        Map<String, Object> body = TestData.registration();
        register(body);
        body.put("password", "Sandi-Orang-Lain-2026");

        http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("already-registered")
                .jsonPath("$.accountId").doesNotExist();
    }

    @Test
    void aRegistrationSentAgainAfterTheAccountWasDecidedIsAConflict() {
        Map<String, Object> body = TestData.registration();
        UUID accountId = register(body);
        jdbc.update("UPDATE account SET status = 'VERIFIED' WHERE id = ?", accountId);

        http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("already-registered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bismillah", "Indonesia", "karawang123", "password123", "12345678"})
    void aCommonPasswordIsRefused(String password) {
        Map<String, Object> body = TestData.registration();
        body.put("password", password);
        expectBadRequestOn(body, "password", "password-common");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class,
                body.get("email"))).isZero();
    }

    @Test
    void aPasswordLongerThanBcryptCanHashIsRefused() {
        Map<String, Object> body = TestData.registration();
        // 36 characters (Bean Validation allows up to 72), but 11 + 25 * 3 = 86 bytes in UTF-8.
        body.put("password", "kata-sandi-" + "\u6f22".repeat(25));
        expectBadRequestOn(body, "password", "password-length");
    }

    @Test
    void concurrentRegistrationsWithOneNikMakeExactlyOneAccount() throws Exception {
        String nik = (String) TestData.registration().get("nik");
        int attempts = 50; // as the issue asks: 50 parallel registrations with one NIK
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatus>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            for (int i = 0; i < attempts; i++) {
                Map<String, Object> body = TestData.registration();
                body.put("nik", nik);
                answers.add(pool.submit(() -> {
                    start.await();
                    return HttpStatus.valueOf(http.post().uri(REGISTER).bodyValue(body).exchange()
                            .returnResult(String.class).getStatus().value());
                }));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(HttpStatus.ACCEPTED, HttpStatus.CONFLICT);
            assertThat(statuses).filteredOn(HttpStatus.ACCEPTED::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_seeker_profile WHERE nik = ?", Integer.class, nik))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM outbox_event e JOIN job_seeker_profile p ON e.record_key = p.account_id::text
                WHERE p.nik = ?""", Integer.class, nik)).isEqualTo(1);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        Map<String, Object> body = TestData.registration();
        UUID chosenId = UUID.randomUUID();
        body.put("id", chosenId.toString());
        body.put("accountId", chosenId.toString());
        body.put("status", "VERIFIED");
        body.put("role", "ADMIN");
        body.put("roles", List.of("ADMIN", "VERIFIER"));
        body.put("type", "ADMIN");
        body.put("verified", true);
        body.put("nikMismatch", true);

        UUID accountId = register(body);

        assertThat(accountId).isNotEqualTo(chosenId);
        Map<String, Object> account = jdbc.queryForMap("SELECT type, status FROM account WHERE id = ?", accountId);
        assertThat(account).containsEntry("type", "JOB_SEEKER").containsEntry("status", "PENDING_VERIFICATION");
        assertThat(jdbc.queryForObject("SELECT nik_mismatch FROM job_seeker_profile WHERE account_id = ?",
                Boolean.class, accountId)).isFalse();
    }

    private UUID register(Map<String, Object> body) {
        Map<?, ?> answer = http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(answer.get("status")).isEqualTo("PENDING_VERIFICATION");
        return UUID.fromString((String) answer.get("accountId"));
    }

    private void expectBadRequestOn(Map<String, Object> body, String field, String code) {
        http.post().uri(REGISTER).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.errors[*].field").value(fields -> assertThat(asStrings(fields)).containsExactly(field));
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object fields) {
        return (List<String>) fields;
    }
}
