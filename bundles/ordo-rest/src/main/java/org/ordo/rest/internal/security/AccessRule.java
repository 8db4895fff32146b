package org.ordo.rest.internal.security;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HttpMethod;

import org.ordo.api.rest.Role;

/**
 * What a resource method asks of its caller, read from the {@code javax.annotation.security}
 * annotations on the method, else on its class (the method's own wins, as JSR-250 says):
 * {@code @PermitAll} lets anyone in, even without credentials; {@code @DenyAll} no one;
 * {@code @RolesAllowed} a user holding one of the roles named, or a role that includes it (an admin
 * may do what an agent may). Where nothing is declared, reads (GET, HEAD, OPTIONS) need a viewer and
 * everything else an agent.
 *
 * @param roles the roles of which one will do, least first; empty when no role does
 */
record AccessRule(boolean anyone, List<Role> roles) {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final AccessRule ANYONE = new AccessRule(true, List.of());
    private static final AccessRule NO_ONE = new AccessRule(false, List.of());

    static AccessRule of(Method method, Class<?> resourceClass, String httpMethod) {
        Optional<AccessRule> declared = method == null ? Optional.empty() : declared(method);
        if (declared.isEmpty() && resourceClass != null) {
            declared = declared(resourceClass);
        }
        return declared.orElseGet(() -> new AccessRule(false, List.of(READS.contains(httpMethod) ? Role.VIEWER : Role.AGENT)));
    }

    /** Of annotations that contradict each other on one element, the narrower one holds. */
    private static Optional<AccessRule> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(NO_ONE);
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            // A name that is no Ordo role grants nothing: a typo closes the method instead of opening it
            return Optional.of(new AccessRule(false,
                    Arrays.stream(allowed.value()).map(Role::of).flatMap(Optional::stream).distinct().sorted().toList()));
        }
        return element.isAnnotationPresent(PermitAll.class) ? Optional.of(ANYONE) : Optional.empty();
    }

    boolean admits(AuthenticatedUser user) {
        return anyone || roles.stream().anyMatch(user::has);
    }

    /** The least role that would do, as the 403 problem names it; empty when no role does. */
    Optional<Role> leastRole() {
        return roles.stream().findFirst();
    }
}
