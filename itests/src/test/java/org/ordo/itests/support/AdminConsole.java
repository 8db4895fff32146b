package org.ordo.itests.support;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** The Karaf console of the test container, used as the distribution's admin user. */
public final class AdminConsole {
    private final SessionFactory sessions;

    public AdminConsole(SessionFactory sessions) {
        this.sessions = assertNotNullAndReturn(sessions);
    }

    /** Runs a command as admin and answers what it printed. */
    public String execute(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        try {
            Subject admin = new Subject();
            admin.getPrincipals().add(new UserPrincipal("admin"));
            admin.getPrincipals().add(new RolePrincipal("admin"));
            admin.getPrincipals().add(new RolePrincipal("ordo-admin"));
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Commands are registered a little after their bundle starts; waits until this one runs. */
    public void await(String command) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                execute(command);
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** A refusal is one or more {@code Error:} lines that say what is wrong, never a stack trace. */
    public static void assertClearError(String output, String mentioning) {
        String trimmed = output.trim();
        assertTrue(output, trimmed.startsWith("Error: "));
        assertTrue(output, trimmed.contains(mentioning));
        assertNoStackTrace(output);
    }

    public static void assertNoStackTrace(String output) {
        assertFalse(output, output.contains("Exception"));
        assertFalse(output, output.contains("\tat "));
    }

    private static SessionFactory assertNotNullAndReturn(SessionFactory sessions) {
        assertNotNull("no console session factory was injected", sessions);
        return sessions;
    }
}
