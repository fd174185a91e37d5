package id.infoloker.kit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection refused", "08001")))).isTrue();
    }

    @Test
    void aConnectionLostOrAServerShuttingDownIsAnOutageWhateverWrapsIt() {
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("listener failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aRollbackThatFailsOnAConnectionThePoolAlreadyClosedIsAnOutage() {
        // What Spring throws when the I/O error inside the transaction is "overridden by rollback exception".
        assertThat(DatabaseOutage.isCauseOf(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new TransactionSystemException("Could not roll back JDBC transaction",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new org.hibernate.TransactionException("Unable to commit",
                new SQLException("deferred unique constraint", "23505")))).isFalse();
    }

    @Test
    void aBadStatementOrAConstraintIsNotAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("effect fails on purpose"))).isFalse();
    }

    @Test
    void onlyTheSqlStateIsOfferedForTheLog() {
        assertThat(DatabaseOutage.sqlStateOf(new RuntimeException(new SQLException("Key (nik)=(3215...)", "08006"))))
                .contains("08006");
        assertThat(DatabaseOutage.sqlStateOf(new IllegalStateException("no SQL here"))).isEmpty();
    }
}
