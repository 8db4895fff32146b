package org.ordo.api.security;

import java.util.Objects;

import org.ordo.api.rest.Role;

/**
 * Who asks for a change: the name recorded in histories, and the highest Ordo role they hold, for the
 * rules that depend on it (how far below the catalogue an agent may price a line, say). REST builds
 * one from the authenticated user, the console from the session's user, background work uses
 * {@link #system()}.
 */
public record Actor(String name, Role role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** Ordo itself: expiry, reactions to events. It is bound by no agent's limit. */
    public static Actor system() {
        return new Actor("system", Role.ADMIN);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
