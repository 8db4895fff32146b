package org.ordo.rest.internal.security;

import java.security.Principal;
import java.util.Set;

import org.ordo.api.rest.Role;

/** Who made the request, and the Ordo roles the realm granted them. */
record AuthenticatedUser(String name, Set<Role> roles) implements Principal {
    /** The request property that carries the user from authentication to authorization. */
    static final String PROPERTY = AuthenticatedUser.class.getName();

    @Override
    public String getName() {
        return name;
    }

    boolean has(Role required) {
        return roles.stream().anyMatch(role -> role.includes(required));
    }
}
