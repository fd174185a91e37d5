package id.infoloker.account.auth;

import id.infoloker.kit.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Staff's TOTP second factor: enrolment (a new secret, shown once as base32 and as an otpauth:// URI, confirmed by a
 * first code) and the check at sign-in. A code is used once: the step it belongs to is stored and that step and every
 * earlier one are refused afterwards (the update is conditional, so two requests with one code cannot both pass).
 */
@Component
public class SecondFactors {

    /** 160 bits, the HMAC-SHA-1 key length RFC 4226 recommends. */
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Infoloker";

    public record Enrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "Enrolment[secret=<hidden>]";
        }
    }

    public enum Check { ACCEPTED, REFUSED }

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEnrolled(UUID accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL)",
                Boolean.class, accountId));
    }

    /**
     * A secret waiting for its first code: the one already waiting (so asking twice shows the same), else a new one.
     * 409 {@code second-factor-already-enrolled} once confirmed: an ADMIN removes it first (a lost phone).
     */
    public Enrolment startEnrolment(UUID accountId, String accountName) {
        if (isEnrolled(accountId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "second-factor-already-enrolled");
        }
        byte[] fresh = new byte[SECRET_BYTES];
        random.nextBytes(fresh);
        jdbc.update("INSERT INTO second_factor (account_id, secret) VALUES (?, ?) ON CONFLICT DO NOTHING",
                accountId, fresh);
        byte[] secret = pendingSecret(accountId).orElseThrow(() ->
                new ProblemException(HttpStatus.CONFLICT, "second-factor-already-enrolled"));
        String encoded = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(encoded, "otpauth://totp/" + label + "?secret=" + encoded + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** The first code from the app: the enrolment holds from now on. False for a wrong code or nothing pending. */
    public boolean confirm(UUID accountId, String code, Instant now) {
        Optional<byte[]> secret = pendingSecret(accountId);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, now);
        return step.isPresent() && jdbc.update("""
                UPDATE second_factor SET confirmed_at = ?, last_used_step = ?
                WHERE account_id = ? AND confirmed_at IS NULL""", Timestamp.from(now), step.getAsLong(), accountId) == 1;
    }

    /** A sign-in's code: right, and of a later step than any code used before. */
    public Check verify(UUID accountId, String code, Instant now) {
        Optional<byte[]> secret = jdbc.query(
                "SELECT secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL",
                rows -> rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty(), accountId);
        if (secret.isEmpty()) {
            return Check.REFUSED;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, now);
        if (step.isEmpty()) {
            return Check.REFUSED;
        }
        int used = jdbc.update("UPDATE second_factor SET last_used_step = ? WHERE account_id = ? AND last_used_step < ?",
                step.getAsLong(), accountId, step.getAsLong());
        return used == 1 ? Check.ACCEPTED : Check.REFUSED;
    }

    /** An ADMIN removes a staff member's second factor (a lost phone); the next sign-in enrols again if required. */
    public void remove(UUID accountId) {
        jdbc.update("DELETE FROM second_factor WHERE account_id = ?", accountId);
    }

    private Optional<byte[]> pendingSecret(UUID accountId) {
        return jdbc.query("SELECT secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NULL",
                rows -> rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty(), accountId);
    }
}
