package id.infoloker.benchmarks.drills;

import id.infoloker.devstack.Devstack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * What the drills count downstream, read straight from the services' databases: verification cases (the effect of
 * account.registered.v1 in verification-service) and in-app notices (its effect in notification-service). Each call
 * opens its own connection, so a query works again as soon as the database is back.
 */
final class Effects {

    private final Devstack devstack;

    Effects(Devstack devstack) {
        this.devstack = devstack;
    }

    long casesFor(Collection<UUID> accounts) {
        return count("verification_service",
                "SELECT count(*) FROM verification_case WHERE account_id = ANY (?)", accounts);
    }

    long accountsWithDuplicateCases(Collection<UUID> accounts) {
        return count("verification_service", """
                SELECT count(*) FROM (SELECT account_id FROM verification_case WHERE account_id = ANY (?)
                                      GROUP BY account_id HAVING count(*) > 1) duplicated""", accounts);
    }

    /** Accounts with the same kind of notice twice on the same channel: a duplicated effect of one event. */
    long accountsWithDuplicateNotices(Collection<UUID> accounts) {
        return count("notification_service", """
                SELECT count(*) FROM (SELECT account_id FROM notification WHERE account_id = ANY (?)
                                      GROUP BY account_id, kind, channel HAVING count(*) > 1) duplicated""", accounts);
    }

    /** Epoch ms of the first and the last case opened for these accounts (opened_at, written by the consumer). */
    long[] firstAndLastCaseOpened(Collection<UUID> accounts) {
        try (Connection db = connect("verification_service");
             PreparedStatement query = db.prepareStatement("""
                     SELECT min(opened_at), max(opened_at) FROM verification_case WHERE account_id = ANY (?)""")) {
            query.setArray(1, db.createArrayOf("uuid", accounts.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new long[] {rows.getTimestamp(1).getTime(), rows.getTimestamp(2).getTime()};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read case times: SQLState " + e.getSQLState(), e);
        }
    }

    /** The highest outbox position of account-service so far: rows after it are "since now". */
    long lastOutboxPosition() {
        return single("account_service", "SELECT coalesce(max(position), 0) FROM outbox_event");
    }

    long unsentOutboxRows() {
        return single("account_service", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
    }

    private long single(String database, String sql) {
        try (Connection db = connect(database);
             PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query " + database + ": SQLState " + e.getSQLState(), e);
        }
    }

    private long count(String database, String sql, Collection<UUID> accounts) {
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", accounts.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count in " + database + ": SQLState " + e.getSQLState(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(devstack.jdbcUrl(database), devstack.databaseUser(),
                devstack.databasePassword());
    }
}
