package id.infoloker.account.profile;

import id.infoloker.kit.security.AuthenticatedAccount;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's view of someone's account, and the audit of every full NIK it shows to someone other than its owner, written
 * in the same transaction as the read (UU PDP: reads of personal data are accounted for).
 */
@Service
class NikReads {

    private final AccountViews views;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NikReads(AccountViews views, JdbcTemplate jdbc, Clock clock) {
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Optional<MyAccountView> accountAsSeenBy(AuthenticatedAccount reader, UUID ownerId) {
        NikVisibility.Level level = NikVisibility.of(reader, ownerId);
        Optional<MyAccountView> view = views.of(ownerId, level);
        boolean nikShown = view.map(MyAccountView::jobSeeker).map(MyAccountView.JobSeeker::nik).isPresent();
        if (level == NikVisibility.Level.FULL && nikShown && !reader.id().equals(ownerId)) {
            jdbc.update("""
                    INSERT INTO nik_read_audit (id, owner_id, reader_id, reader_roles, read_at)
                    VALUES (?, ?, ?, ?, ?)""", UUID.randomUUID(), ownerId, reader.id(),
                    String.join(",", new TreeSet<>(reader.roles())), Timestamp.from(clock.instant()));
        }
        return view;
    }
}
