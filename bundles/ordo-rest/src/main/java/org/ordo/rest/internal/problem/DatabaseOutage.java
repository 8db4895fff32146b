package org.ordo.rest.internal.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that says the database is out of reach (down, restarting, or every pooled
 * connection broken) rather than that the request was wrong: the client should retry shortly, and a
 * load balancer should not count it as a bug.
 */
final class DatabaseOutage {
    /** SQLSTATE class 08 is "connection exception" in both Derby and PostgreSQL. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
    private static final String POSTGRESQL_OPERATOR_INTERVENTION = "57P0";

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                            || sql.getSQLState().startsWith(POSTGRESQL_OPERATOR_INTERVENTION))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
