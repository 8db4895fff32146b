package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;

/**
 * What every Ordo console command shares: output goes to the session's console, and a refusal by a
 * service prints as one {@code Error: ...} line per reason, since a stack trace tells a console user
 * nothing about what to type instead.
 */
abstract class OrdoCommand implements Action {
    @Reference
    Session session;

    @Override
    public final Object execute() {
        PrintStream out = session.getConsole();
        try {
            run(out);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> out.println("Error: " + reason));
        }
        return null;
    }

    protected abstract void run(PrintStream out);

    /** Who typed the command, for the order's history as REST records the authenticated user. */
    protected String actor() {
        return ConsoleUser.current(session.get("USER")).name();
    }
}
