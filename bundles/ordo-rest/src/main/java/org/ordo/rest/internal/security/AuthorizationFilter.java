package org.ordo.rest.internal.security;

import java.lang.reflect.Method;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Public;
import org.ordo.api.rest.RequiresRole;
import org.ordo.api.rest.Role;
import org.ordo.rest.internal.Extensions;
import org.ordo.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Refuses with 403 a user whose roles do not include what the resource method needs: its
 * {@link RequiresRole}, else viewer for reads and agent for writes.
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
        Method method = resourceInfo.getResourceMethod();
        if (!(request.getProperty(AuthenticatedUser.PROPERTY) instanceof AuthenticatedUser user)
                || method != null && method.isAnnotationPresent(Public.class)) {
            return; // a public method: open to anyone, with or without a user and whatever the user's roles
        }
        Role required = requiredRole(method, resourceInfo.getResourceClass(), request.getMethod());
        if (!user.has(required)) {
            request.abortWith(Problems.response(403, "forbidden", "Forbidden",
                    "User " + user.name() + " lacks the role " + required.roleName() + " this needs",
                    Map.of("requiredRole", required.roleName())));
        }
    }

    static Role requiredRole(Method method, Class<?> resourceClass, String httpMethod) {
        RequiresRole declared = method == null ? null : method.getAnnotation(RequiresRole.class);
        if (declared == null && resourceClass != null) {
            declared = resourceClass.getAnnotation(RequiresRole.class);
        }
        if (declared != null) {
            return declared.value();
        }
        return HttpMethod.GET.equals(httpMethod) || HttpMethod.HEAD.equals(httpMethod)
                || HttpMethod.OPTIONS.equals(httpMethod) ? Role.VIEWER : Role.AGENT;
    }
}
