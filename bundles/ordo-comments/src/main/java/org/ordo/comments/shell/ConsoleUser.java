package org.ordo.comments.shell;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.rest.Role;

/**
 * The console user a command runs for, as the REST API would see them: their JAAS name, and whether
 * they hold Ordo's admin role (Karaf's own {@code admin} role, which the command ACLs ask for, is not
 * Ordo's: an operator may run commands without being an Ordo admin).
 */
record ConsoleUser(String name, boolean admin) {

    @SuppressWarnings("removal") // Karaf 4.4 itself runs commands as the session's Subject this way.
    static ConsoleUser of(Session session) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            Object user = session.get("USER");
            return new ConsoleUser(user == null ? "console" : user.toString(), false);
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst()
                .orElse("console");
        boolean admin = subject.getPrincipals(RolePrincipal.class).stream()
                .anyMatch(role -> Role.ADMIN.roleName().equals(role.getName()));
        return new ConsoleUser(name, admin);
    }
}
