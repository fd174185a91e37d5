package id.infoloker.notification.contact;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * This service's own projection of contacts and languages, from account events (no service reads another's
 * tables). Callers run inside the inbox's transaction.
 */
@Repository
public class ContactDirectory {

    private final JdbcTemplate jdbc;

    ContactDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * From a registration; a status already projected (events on other topics may come first) is kept, and so are
     * contact details from a later change.
     */
    public void remember(AccountRegistered registered, Instant at) {
        jdbc.update("""
                INSERT INTO contact (account_id, account_type, display_name, email, phone, preferred_language,
                                     status, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING_VERIFICATION', ?)
                ON CONFLICT (account_id) DO UPDATE
                SET account_type = excluded.account_type, display_name = excluded.display_name,
                    email = CASE WHEN contact.contact_changed_at IS NULL THEN excluded.email ELSE contact.email END,
                    phone = CASE WHEN contact.contact_changed_at IS NULL THEN excluded.phone ELSE contact.phone END,
                    preferred_language = excluded.preferred_language, updated_at = excluded.updated_at
                """,
                registered.accountId(), registered.accountType() == null ? null : registered.accountType().name(),
                registered.displayName(), registered.email(), registered.phone(), registered.preferredLanguage(),
                Timestamp.from(at));
    }

    /** Keeps status and name current; contact details only come with the registration. */
    public void applyStatus(AccountStatusChanged change, Instant at) {
        jdbc.update("""
                INSERT INTO contact (account_id, account_type, display_name, status, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET status = excluded.status, display_name = COALESCE(excluded.display_name, contact.display_name),
                    updated_at = excluded.updated_at
                """,
                change.accountId(), change.accountType() == null ? null : change.accountType().name(),
                change.displayName(), change.status().name(), Timestamp.from(at));
    }

    /**
     * The person confirmed a new e-mail address or phone number: messages go there from now on. An older change
     * arriving late is ignored.
     */
    public void changeContact(AccountContactChanged change, Instant at) {
        Timestamp changedAt = Timestamp.from(change.changedAt() == null ? at : change.changedAt());
        jdbc.update("""
                INSERT INTO contact (account_id, account_type, email, phone, contact_changed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET email = excluded.email, phone = excluded.phone,
                    contact_changed_at = excluded.contact_changed_at, updated_at = excluded.updated_at
                WHERE contact.contact_changed_at IS NULL OR contact.contact_changed_at < excluded.contact_changed_at
                """,
                change.accountId(), change.accountType() == null ? null : change.accountType().name(),
                change.email(), change.phone(), changedAt, Timestamp.from(at));
    }

    public Optional<Contact> find(UUID accountId) {
        return jdbc.query("""
                        SELECT account_id, account_type, display_name, email, phone, preferred_language, status
                        FROM contact WHERE account_id = ?
                        """,
                (rs, row) -> new Contact(rs.getObject("account_id", UUID.class), rs.getString("account_type"),
                        rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("preferred_language"), rs.getString("status")),
                accountId).stream().findFirst();
    }

    /** The person asked to be erased: nothing about them stays here. */
    public void forget(UUID accountId) {
        jdbc.update("DELETE FROM contact WHERE account_id = ?", accountId);
    }
}
