package id.infoloker.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Reads verification-service's own database to count cases: the fault drills need an exact count in = count out,
 * which no public API should expose for arbitrary accounts.
 */
final class Verification {

    static long casesFor(Collection<UUID> accountIds) {
        var devstack = RunningPlatform.get();
        try (Connection connection = DriverManager.getConnection(devstack.jdbcUrl("verification_service"),
                devstack.databaseUser(), devstack.databasePassword());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM verification_case WHERE account_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", accountIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accounts with more than one case: a duplicated effect of a redelivered event. */
    static long accountsWithDuplicateCases(Collection<UUID> accountIds) {
        var devstack = RunningPlatform.get();
        try (Connection connection = DriverManager.getConnection(devstack.jdbcUrl("verification_service"),
                devstack.databaseUser(), devstack.databasePassword());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM (SELECT account_id FROM verification_case WHERE account_id = ANY (?)"
                             + " GROUP BY account_id HAVING count(*) > 1) duplicated")) {
            statement.setArray(1, connection.createArrayOf("uuid", accountIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Verification() {
    }
}
