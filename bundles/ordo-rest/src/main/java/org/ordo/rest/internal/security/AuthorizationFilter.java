package org.ordo.rest.internal.security;

import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.ordo.api.rest.OrdoRest;
import org.ordo.rest.internal.Extensions;
import org.ordo.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Refuses with 403 a user whose roles do not include what the resource method needs: see
 * {@link AccessRule}. The problem names the least role that would do as {@code requiredRole}.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(Extensions.AUTHORIZATION)
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        AccessRule rule = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass(), request.getMethod());
        if (!(request.getProperty(AuthenticatedUser.PROPERTY) instanceof AuthenticatedUser user) || rule.anyone()) {
            return; // open to anyone, with or without a user and whatever the user's roles
        }
        if (!rule.admits(user)) {
            request.abortWith(rule.leastRole()
                    .map(required -> Problems.response(403, "forbidden", "Forbidden",
                            "User " + user.name() + " lacks the role " + required.roleName() + " this needs",
                            Map.of("requiredRole", required.roleName())))
                    .orElseGet(() -> Problems.response(403, "forbidden", "Forbidden", "No user may do this", Map.of())));
        }
    }
}
