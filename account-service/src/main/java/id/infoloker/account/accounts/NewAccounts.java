package id.infoloker.account.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts new accounts and profiles, leaving uniqueness of email, phone and NIK to PostgreSQL's unique keys, so two
 * concurrent registrations with the same NIK still give exactly one account.
 *
 * <p>{@code INSERT ... ON CONFLICT DO NOTHING} rather than catching the unique-violation exception: a violation makes
 * PostgreSQL log an ERROR whose DETAIL holds the duplicate value ({@code Key (nik)=(3215...) already exists}), and
 * Hibernate logs it again. With ON CONFLICT, a duplicate is an ordinary outcome: no error, no NIK in any log, and a
 * surge of double-submitted registrations does not flood the database's log. A concurrent insert of the same key
 * waits for the first transaction and then finds the conflict, exactly as the unique key would.
 */
@Component
public class NewAccounts {

    private final JdbcTemplate jdbc;

    public NewAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the field ({@code email} or {@code phone}) another account already has, or empty once inserted */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> insert(Account account) {
        // A conflicting account that disappears between the insert and the look-up (erased meanwhile) frees the
        // value: try again.
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.update("""
                    INSERT INTO account (id, type, status, display_name, email, phone, password_hash,
                                         preferred_language, status_changed_at, created_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT DO NOTHING
                    """,
                    account.id(), account.type().name(), account.status().name(), account.displayName(),
                    account.email(), account.phone(), account.passwordHash(), account.preferredLanguage(),
                    utc(account.statusChangedAt()), utc(account.createdAt()));
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<String> taken = takenField(account);
            if (taken.isPresent()) {
                return taken;
            }
        }
        throw new IllegalStateException("Account " + account.id() + " conflicts with no visible account");
    }

    /** @return false if another job seeker already has this NIK */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(JobSeekerProfile profile) {
        return jdbc.update("""
                INSERT INTO job_seeker_profile (account_id, nik, birth_place, birth_date, sex, address, kecamatan_code,
                                                education, nik_mismatch, consent_given_at, consent_version,
                                                version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT DO NOTHING
                """,
                profile.accountId(), profile.nik(), profile.birthPlace(), profile.birthDate(), profile.sex().name(),
                profile.address(), profile.kecamatanCode(), profile.education().name(), profile.nikMismatch(),
                utc(profile.consentGivenAt()), profile.consentVersion()) == 1;
    }

    /** @return false if another employer already has this NIB */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(EmployerProfile profile) {
        return jdbc.update("""
                INSERT INTO employer_profile (account_id, company_name, nib, npwp, address, kecamatan_code,
                                              contact_person, consent_given_at, consent_version, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT DO NOTHING
                """,
                profile.accountId(), profile.companyName(), profile.nib(), profile.npwp(), profile.address(),
                profile.kecamatanCode(), profile.contactPerson(), utc(profile.consentGivenAt()),
                profile.consentVersion()) == 1;
    }

    private Optional<String> takenField(Account account) {
        return jdbc.query("SELECT email, phone FROM account WHERE email = ? OR phone = ? LIMIT 1",
                rows -> rows.next()
                        ? Optional.of(account.email().equals(rows.getString("email")) ? "email" : "phone")
                        : Optional.<String>empty(),
                account.email(), account.phone());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
