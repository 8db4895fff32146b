package org.ordo.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.UnavailableException;
import org.osgi.service.coordinator.Coordination;
import org.osgi.service.coordinator.CoordinationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction of the core's persistence unit and says what a failure means to the
 * caller: a problem stays itself, a lost optimistic race or a duplicate key becomes a 409, a database
 * out of reach or a unit closing under the work a 503 to retry.
 */
public final class Transactions {
    private static final String UNIQUE_VIOLATION = "23505";
    /** Derby's and PostgreSQL's words for "this transaction lost to another and was rolled back". */
    private static final Set<String> ROLLED_BACK_VICTIM = Set.of("40001", "40P01", "40XL1", "55P03");
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final JpaTemplate jpa;

    public Transactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Runs {@code work} in a transaction. When the database chose it as a deadlock's victim, it was
     * rolled back whole, so it runs again from the start, up to {@value #ATTEMPTS} times.
     */
    public <R> R inTransaction(Function<EntityManager, R> work) {
        for (int attempt = 1;; attempt++) {
            Done<R> done = new Done<>();
            try {
                return jpa.txExpr(TransactionType.Required, em -> done.with(work.apply(em)));
            } catch (CoordinationException e) {
                if (done.finished && e.getCause() == Coordination.ORPHANED) {
                    // Felix's coordinator can finalize the template's coordination holder while it is being
                    // ended, after the commit; the work is committed, so its answer stands
                    LOG.debug("Coordination reported orphaned after its work committed", e);
                    return done.result;
                }
                throw translate(e);
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && isDeadlockVictim(e)) {
                    continue;
                }
                throw translate(e);
            }
        }
    }

    /** What the work answered, once it ran to its end inside the transaction. */
    private static final class Done<R> {
        private boolean finished;
        private R result;

        R with(R answer) {
            this.result = answer;
            this.finished = true;
            return answer;
        }
    }

    private static boolean isDeadlockVictim(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && ROLLED_BACK_VICTIM.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the persistence unit now, on another thread: the first use creates or extends its tables,
     * which should happen at start-up rather than inside the first request or order event. Indexes
     * declared since the database was made are added then too.
     */
    public void warmUpInBackground(String unit) {
        CompletableFuture.runAsync(() -> run(MissingIndexes::add))
                .exceptionally(failure -> {
                    LOG.warn("Persistence unit {} could not be opened yet; it will be on first use", unit, failure);
                    return null;
                });
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public static RuntimeException translate(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().contains("closed EntityManagerFactory")) {
                // The unit's bundle is being stopped (its feature uninstalled or updated) under this request
                return new UnavailableException("This capability is being stopped or updated; retry shortly");
            }
            if (isConnectionLost(t)) {
                LOG.warn("The database is out of reach: {}", t.toString());
                return new UnavailableException("database-unavailable", "Database unavailable",
                        "The database cannot be reached right now; retry shortly"
                                + " (a create retried with the same Idempotency-Key is never made twice)");
            }
            if (t instanceof OptimisticLockException) {
                return new ConflictException("Someone else changed this at the same moment; read it again and retry");
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return new DuplicateKeyException();
            }
        }
        return failure;
    }

    /**
     * The database is out of reach (down, restarting, or every pooled connection broken) rather than
     * refusing the work: SQLSTATE class 08 ("connection exception") on Derby and PostgreSQL,
     * PostgreSQL's 57P0x (shut down, starting up), or the pool finding no live connection in time.
     */
    private static boolean isConnectionLost(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }

    /** A write hit a unique index: the caller knows which one and says so. */
    public static final class DuplicateKeyException extends ConflictException {
        private static final long serialVersionUID = 1L;

        public DuplicateKeyException() {
            super("It already exists");
        }
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        return e instanceof DuplicateKeyException;
    }
}
