package org.ordo.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.ordo.api.config.Settings;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Public;
import org.ordo.rest.internal.Extensions;
import org.ordo.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** HTTP Basic authentication against a JAAS realm for every resource method not marked {@link Public}. */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.ordo.rest.security")
@Designate(ocd = AuthenticationFilter.Config.class)
@JaxrsExtension
@JaxrsName(Extensions.AUTHENTICATION)
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @ObjectClassDefinition(name = "Ordo REST security", description = "How REST callers are authenticated")
    public @interface Config {
        @AttributeDefinition(description = "The JAAS realm that checks user names and passwords")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconds a successful login is remembered; 0 checks every request")
        long rememberSeconds() default 60;
    }

    private static final String REALM_CHALLENGE = "Basic realm=\"Ordo\", charset=\"UTF-8\"";

    private final JaasAuthenticator authenticator;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public AuthenticationFilter(Config config) {
        this.authenticator = new JaasAuthenticator(config.realm(),
                Settings.atLeast("org.ordo.rest.security", "rememberSeconds", config.rememberSeconds(), 0));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() != null && resourceInfo.getResourceMethod().isAnnotationPresent(Public.class)) {
            return;
        }
        Optional<AuthenticatedUser> user = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(c -> authenticator.authenticate(c[0], c[1]));
        if (user.isEmpty()) {
            request.abortWith(Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                    "Send a valid user name and password with HTTP Basic authentication", Map.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, REALM_CHALLENGE).build());
            return;
        }
        request.setProperty(AuthenticatedUser.PROPERTY, user.get());
        request.setSecurityContext(new UserSecurityContext(user.get(), request.getSecurityContext().isSecure()));
    }

    /** The user name and password of a Basic {@code Authorization} header, if it carries them. */
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
