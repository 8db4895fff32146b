package org.ordo.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.ordo.api.error.ProblemException;

class TransactionsTest {

    /** A template whose every transaction fails the way Aries JPA does once the unit's factory is closed. */
    private static JpaTemplate failingWith(RuntimeException failure, AtomicInteger attempts) {
        return new JpaTemplate() {
            @Override
            public <R> R txExpr(TransactionType type, EmFunction<R> code) {
                attempts.incrementAndGet();
                throw failure;
            }

            @Override
            public void tx(TransactionType type, EmConsumer code) {
                txExpr(type, em -> null);
            }

            @Override
            public <R> R txExpr(EmFunction<R> code) {
                return txExpr(TransactionType.Required, code);
            }

            @Override
            public void tx(EmConsumer code) {
                tx(TransactionType.Required, code);
            }
        };
    }

    @Test
    void aUnitClosedUnderTheRequestIsA503ToRetry() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException closed = new UndeclaredThrowableException(new IllegalStateException(
                "Attempting to execute an operation on a closed EntityManagerFactory."));

        ProblemException problem = assertThrows(ProblemException.class,
                () -> new Transactions(failingWith(closed, attempts)).inTransaction(em -> "never"));

        assertEquals(503, problem.status());
        assertEquals(1, attempts.get());
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsA503ToRetry() {
        ProblemException problem = problemOf(new IllegalStateException("commit failed",
                new SQLTransientConnectionException("ordo - Connection is not available, request timed out after 3000ms.")));

        assertEquals(503, problem.status());
        assertEquals("database-unavailable", problem.type());
    }

    @Test
    void aServerShuttingDownUnderARunningStatementIsA503() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertEquals(503, problemOf(new RuntimeException(new RuntimeException(terminated))).status());
    }

    @Test
    void aBrokenConnectionIsA503() {
        assertEquals(503, problemOf(new RuntimeException(new SQLException("I/O error", "08006"))).status());
    }

    @Test
    void otherDatabaseErrorsAreNotTakenForAnOutage() {
        RuntimeException syntax = new RuntimeException(new SQLException("syntax error", "42601"));

        assertEquals(syntax, assertThrows(RuntimeException.class,
                () -> new Transactions(failingWith(syntax, new AtomicInteger())).inTransaction(em -> "never")));
    }

    private static ProblemException problemOf(RuntimeException failure) {
        return assertThrows(ProblemException.class,
                () -> new Transactions(failingWith(failure, new AtomicInteger())).inTransaction(em -> "never"));
    }

    @Test
    void anyOtherFailureIsTheCallersToSee() {
        IllegalStateException other = new IllegalStateException("something else");

        RuntimeException seen = assertThrows(RuntimeException.class,
                () -> new Transactions(failingWith(other, new AtomicInteger())).inTransaction(em -> "never"));

        assertEquals(other, seen);
    }
}
