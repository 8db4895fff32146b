package org.ordo.api.console;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.ordo.api.rest.Role;
import org.ordo.api.security.Actor;

/**
 * The console user a command runs for, as the REST API would see them: their JAAS name, recorded as
 * the actor of what they change, and whether they hold Ordo's admin role (Karaf's own {@code admin}
 * role, which the command ACLs ask for, is not Ordo's: an operator may run commands without being an
 * Ordo admin).
 */
public record ConsoleUser(String name, boolean admin) {

    /**
     * @param sessionUser the console session's {@code USER} variable, for a command run without a
     *                    JAAS subject (a script, say); {@code console} when there is none either
     */
    /**
     * The user as the services' rules see them: an Ordo admin, or else an agent, since whoever may run
     * a writing command holds at least that right (the command ACLs decide who runs which).
     */
    public Actor actor() {
        return new Actor(name, admin ? Role.ADMIN : Role.AGENT);
    }

    @SuppressWarnings("removal") // Karaf 4.4 itself runs commands as the session's Subject this way.
    public static ConsoleUser current(Object sessionUser) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null || subject.getPrincipals(UserPrincipal.class).isEmpty()) {
            return new ConsoleUser(sessionUser == null ? "console" : sessionUser.toString(), false);
        }
        String name = subject.getPrincipals(UserPrincipal.class).iterator().next().getName();
        boolean admin = subject.getPrincipals(RolePrincipal.class).stream()
                .anyMatch(role -> Role.ADMIN.roleName().equals(role.getName()));
        return new ConsoleUser(name, admin);
    }
}
