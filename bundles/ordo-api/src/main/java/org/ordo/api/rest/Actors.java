package org.ordo.api.rest;

import javax.ws.rs.core.SecurityContext;

import org.ordo.api.security.Actor;

/** The {@link Actor} of a REST request: the authenticated user and the highest Ordo role they hold. */
public final class Actors {
    private Actors() {
    }

    public static Actor of(SecurityContext security) {
        Role highest = Role.VIEWER;
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.roleName())) {
                highest = role;
            }
        }
        return new Actor(security.getUserPrincipal().getName(), highest);
    }
}
