package id.infoloker.kit.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, pool exhausted while it is
 * away) from a failure of the request or record itself. The first is the service's problem and passes: HTTP callers
 * get 503 with Retry-After instead of 500, and consumers retry the record until the database is back instead of
 * dead-lettering a perfectly good event.
 */
public final class DatabaseOutage {

    /** SQLState class 08 = connection exception; 57P01-57P03 = the server is shutting down or not yet accepting. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        return causeChain(failure).anyMatch(cause -> cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())
                || isTransactionEndOnALostConnection(cause));
    }

    /** The SQLState to log (never the message: it can quote values), if the failure has one. */
    public static Optional<String> sqlStateOf(Throwable failure) {
        return causeChain(failure)
                .flatMap(cause -> cause instanceof SQLException sql ? Stream.ofNullable(sql.getSQLState()) : Stream.empty())
                .findFirst();
    }

    private static Stream<Throwable> causeChain(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    /**
     * When the connection breaks inside a transaction, the pool closes it and the rollback then fails with a bare
     * "Connection is closed" (no SQLState); Spring throws that rollback failure and only logs the original I/O error.
     */
    private static boolean isTransactionEndOnALostConnection(Throwable cause) {
        return (cause instanceof TransactionSystemException || cause instanceof org.hibernate.TransactionException)
                && cause.getCause() instanceof SQLException sql
                && (sql.getSQLState() == null || sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS));
    }

    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_UNAVAILABLE_STATES.contains(state));
    }
}
