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
    private final String user;
    private final String[] roles;

    public AdminConsole(SessionFactory sessions) {
        this(sessions, "admin", "admin", "ordo-admin");
    }

    private AdminConsole(SessionFactory sessions, String user, String... roles) {
        this.sessions = assertNotNullAndReturn(sessions);
        this.user = user;
        this.roles = roles;
    }

    /** A console user with Karaf's {@code viewer} role only, as in a read-only operator group. */
    public static AdminConsole readOnly(SessionFactory sessions) {
        return new AdminConsole(sessions, "admin", "viewer");
    }

    /**
     * An operator with Karaf's {@code admin} role, which the command ACLs ask for, but not Ordo's:
     * the two are not the same (see ConsoleUser).
     */
    public static AdminConsole operator(SessionFactory sessions) {
        return new AdminConsole(sessions, "operator", "admin");
    }

    /** Runs a command as this console user and answers what it printed. */
    public String execute(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        try {
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal(user));
            for (String role : roles) {
                subject.getPrincipals().add(new RolePrincipal(role));
            }
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
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
