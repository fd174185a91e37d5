package id.infoloker.account.registration;

import id.infoloker.events.AccountStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A registration sent again is the same registration, not a conflict. On a congested launch day the first answer can
 * be lost after the account was stored (the gateway's 504 after 5 s, a mobile connection that drops), and the job
 * seeker sends the form again. If an account with exactly these identifiers (NIK or NIB, e-mail and phone) is still
 * waiting for verification and the password is the one chosen then, the decision is "same registration": the answer
 * is the same 202 with the same account id, and no second event. Anything else stays a 409 naming the field, so
 * someone else's NIK, e-mail or phone is still refused and nothing about that account is revealed.
 */
@Component
class RepeatedRegistrationPolicy {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    RepeatedRegistrationPolicy(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** @param email and phone in their stored (normalised) form */
    Optional<UUID> sameJobSeekerRegistration(String nik, String email, String phone, String password) {
        return sameRegistration("""
                SELECT a.id, a.password_hash FROM account a JOIN job_seeker_profile p ON p.account_id = a.id
                WHERE p.nik = ? AND a.email = ? AND a.phone = ? AND a.status = ?""", nik, email, phone, password);
    }

    /** @param email and phone in their stored (normalised) form */
    Optional<UUID> sameEmployerRegistration(String nib, String email, String phone, String password) {
        return sameRegistration("""
                SELECT a.id, a.password_hash FROM account a JOIN employer_profile p ON p.account_id = a.id
                WHERE p.nib = ? AND a.email = ? AND a.phone = ? AND a.status = ?""", nib, email, phone, password);
    }

    private Optional<UUID> sameRegistration(String sql, String businessKey, String email, String phone,
                                            String password) {
        return jdbc.query(sql, (row, n) -> new Existing(row.getObject(1, UUID.class), row.getString(2)),
                        businessKey, email, phone, AccountStatus.PENDING_VERIFICATION.name())
                .stream()
                // The slow check last, and only here: a real conflict costs no second hash.
                .filter(existing -> passwords.matches(password, existing.passwordHash()))
                .map(Existing::id)
                .findFirst();
    }

    private record Existing(UUID id, String passwordHash) {

        @Override
        public String toString() {
            return "Existing[id=" + id + "]";
        }
    }
}
