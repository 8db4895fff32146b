package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.api.security.Actor;

/**
 * What every promotions console command shares: output goes to the session's console, and a refusal
 * by a service prints as one {@code Error: ...} line per reason, never as a stack trace.
 */
abstract class PromotionsCommand implements Action {
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

    /** Who the history and usage records name for what this command does. */
    protected String actor() {
        return user().name();
    }

    /** Who typed the command, with the role the services' limits apply to. */
    protected Actor user() {
        return ConsoleUser.current(session.get("USER")).actor();
    }
}
