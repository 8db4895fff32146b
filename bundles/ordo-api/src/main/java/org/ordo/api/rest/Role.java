package org.ordo.api.rest;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Ordo's users, as JAAS role names. Each role includes the rights of the ones before it:
 * an agent may read, an admin may do everything. A resource method that needs more than the default
 * (a viewer for reads, an agent for writes) says so with {@code @RolesAllowed(Role.ADMIN_NAME)}
 * ({@code javax.annotation.security}); a user holding a role that includes the one named passes.
 */
public enum Role {
    VIEWER(Role.VIEWER_NAME),
    AGENT(Role.AGENT_NAME),
    ADMIN(Role.ADMIN_NAME);

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "ordo-viewer";
    public static final String AGENT_NAME = "ordo-agent";
    public static final String ADMIN_NAME = "ordo-admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Whether a user holding this role has the rights of {@code required}. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The Ordo role of a JAAS role name, if it is one. */
    public static Optional<Role> of(String roleName) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
    }
}
