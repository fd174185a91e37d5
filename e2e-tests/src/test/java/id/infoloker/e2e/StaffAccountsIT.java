package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts through the gateway against the real services (issue 15): an ADMIN disables a verifier and the
 * verifier's token stops working in verification-service within seconds; a second factor is asked for at sign-in and a
 * code serves once. The authenticator app is played by an RFC 6238 computation here.
 */
class StaffAccountsIT {

    static final String PASSWORD = "sandi-petugas-e2e";

    static Devstack platform;
    static Api api;
    static String admin;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
        admin = api.login(platform.staff().adminEmail(), platform.staff().adminPassword());
    }

    @Test
    void aDisabledVerifierIsShutOutEverywhereWithinSecondsAndBackWhenEnabled() {
        String email = newVerifier();
        String verifier = api.login(email, PASSWORD);
        assertThat(api.get("/api/verification/queue", verifier).status()).isEqualTo(200);
        String id = api.get("/api/accounts/me", verifier).json().get("id").asString();

        Api.Response disabled = api.post("/api/accounts/staff/" + id + "/disable", "", admin);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(api.get("/api/verification/queue", verifier).status()).isEqualTo(401));
        assertThat(api.get("/api/accounts/me", verifier).status()).isEqualTo(401);
        Api.Response refused = signIn(email, PASSWORD, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("account-suspended");

        assertThat(api.post("/api/accounts/staff/" + id + "/enable", "", admin).status()).isEqualTo(204);
        String again = api.login(email, PASSWORD);
        assertThat(api.get("/api/verification/queue", again).status()).isEqualTo(200);
    }

    @Test
    void aSecondFactorIsAskedForAtSignInAndEachCodeServesOnce() {
        String email = newVerifier();
        String verifier = api.login(email, PASSWORD);
        Api.Response enrolment = api.post("/api/accounts/me/second-factor", "", verifier);
        assertThat(enrolment.status()).as(enrolment.body()).isEqualTo(200);
        Authenticator app = Authenticator.withSecret(enrolment.json().get("secret").asString());
        assertThat(enrolment.json().get("otpauthUri").asString()).startsWith("otpauth://totp/Infoloker");
        long step = Authenticator.currentStep();

        assertThat(api.post("/api/accounts/me/second-factor/confirm", Map.of("code", app.code(step)), verifier)
                .status()).isEqualTo(204);

        Api.Response withoutCode = signIn(email, PASSWORD, null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.json().get("code").asString()).isEqualTo("second-factor-required");
        Api.Response replayed = signIn(email, PASSWORD, app.code(step));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("code").asString()).isEqualTo("second-factor-invalid");
        Api.Response signedIn = signIn(email, PASSWORD, app.code(step + 1));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signIn(email, PASSWORD, app.code(step + 1)).status()).isEqualTo(401);
    }

    private static String newVerifier() {
        String email = "petugas." + UUID.randomUUID() + "@disnakertrans.karawangkab.go.id";
        Api.Response created = api.post("/api/accounts/staff",
                Map.of("type", "VERIFIER", "name", "Petugas E2E", "email", email, "password", PASSWORD), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    private static Api.Response signIn(String email, String password, String totpCode) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", email);
        body.put("password", password);
        if (totpCode != null) {
            body.put("totpCode", totpCode);
        }
        return api.post("/api/auth/token", body, null);
    }
}
