package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.AccessDeniedException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.Role;
import org.ordo.api.security.Actor;

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
        return user().name();
    }

    /** Refuses a command that REST reserves to Ordo admins (deletes) to a console user who is not one. */
    protected Actor requireAdmin(String what) {
        Actor user = user();
        if (!user.isAdmin()) {
            throw new AccessDeniedException(what + " needs the role " + Role.ADMIN.roleName() + ", which " + user.name()
                    + " lacks");
        }
        return user;
    }

    /** Who typed the command, with the role the services' limits apply to. */
    protected Actor user() {
        return ConsoleUser.current(session.get("USER")).actor();
    }
}
