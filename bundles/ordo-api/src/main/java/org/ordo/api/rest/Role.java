package org.ordo.api.rest;

/**
 * The roles of Ordo's users, as JAAS role names. Each role includes the rights of the ones before it:
 * an agent may read, an admin may do everything.
 */
public enum Role {
    VIEWER("ordo-viewer"),
    AGENT("ordo-agent"),
    ADMIN("ordo-admin");

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
}
