package org.ordo.rest.internal.security;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.ordo.api.rest.Role;

/** What resources see through {@code @Context SecurityContext}: the user and role inclusion. */
final class UserSecurityContext implements SecurityContext {
    private final AuthenticatedUser user;
    private final boolean secure;

    UserSecurityContext(AuthenticatedUser user, boolean secure) {
        this.user = user;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return user;
    }

    @Override
    public boolean isUserInRole(String roleName) {
        for (Role role : Role.values()) {
            if (role.roleName().equals(roleName)) {
                return user.has(role);
            }
        }
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
