package org.ordo.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.ordo.api.config.Settings;
import org.ordo.api.rest.OrdoRest;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication against a JAAS realm for every resource method not open to anyone
 * ({@code @PermitAll}, see {@link AccessRule}); such a method gets the user too when credentials come along. Failed logins are throttled per
 * user name and client address (429, without asking the realm), and the shipped development
 * passwords are accepted only from this machine (403). Passwords are never logged.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.ordo.rest.security")
@Designate(ocd = AuthenticationFilter.Config.class)
@JaxrsExtension
@JaxrsName(Extensions.AUTHENTICATION)
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);

    @ObjectClassDefinition(name = "Ordo REST security", description = "How REST callers are authenticated")
    public @interface Config {
        @AttributeDefinition(description = "The JAAS realm that checks user names and passwords")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconds a successful login is remembered; 0 checks every request")
        long rememberSeconds() default 60;

        @AttributeDefinition(description = "Failed logins of one user name within the window after which its logins are refused with 429 until the window ends; 0 counts none")
        int loginFailuresPerUser() default 10;

        @AttributeDefinition(description = "Failed logins from one client address (an IPv6 /64) within the window after which its logins are refused with 429; 0 counts none")
        int loginFailuresPerAddress() default 50;

        @AttributeDefinition(description = "Seconds from a first failed login during which failures are counted")
        long loginFailureWindowSeconds() default 900;

        @AttributeDefinition(description = "How many user names, and how many addresses, are counted at most; the least recently seen make room")
        int loginFailuresTracked() default 10_000;
    }

    private static final String PID = "org.ordo.rest.security";
    private static final String REALM_CHALLENGE = "Basic realm=\"Ordo\", charset=\"UTF-8\"";
    /** Headers a proxy adds: such a request came from elsewhere, even when the proxy runs on this machine. */
    private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final JaasAuthenticator authenticator;
    private final LoginThrottle throttle;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(Config config) {
        this.authenticator = new JaasAuthenticator(config.realm(),
                Settings.atLeast(PID, "rememberSeconds", config.rememberSeconds(), 0));
        this.throttle = new LoginThrottle(Settings.atLeast(PID, "loginFailuresPerUser", config.loginFailuresPerUser(), 0),
                Settings.atLeast(PID, "loginFailuresPerAddress", config.loginFailuresPerAddress(), 0),
                Settings.atLeast(PID, "loginFailureWindowSeconds", config.loginFailureWindowSeconds(), 1),
                Settings.atLeast(PID, "loginFailuresTracked", config.loginFailuresTracked(), 1), System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass(), request.getMethod())
                .anyone();
        Optional<String[]> credentials = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            if (!open) {
                request.abortWith(challenge());
            }
            return;
        }
        String name = credentials.get()[0];
        String password = credentials.get()[1];
        ClientAddress client = ClientAddress.of(servletRequest.getRemoteAddr());
        Optional<LoginThrottle.Refusal> refusal = throttle.refusal(name, client.throttleKey());
        if (refusal.isPresent()) {
            request.abortWith(tooManyFailures(name, client, refusal.get()));
            return;
        }
        boolean proxied = FORWARDED.stream().anyMatch(header -> request.getHeaderString(header) != null);
        if (ShippedUsers.isShipped(name, password) && (proxied || !client.isLoopback())) {
            // Refused before the realm is asked, so the answer never tells whether the password still works
            throttle.failed(name, client.throttleKey());
            request.abortWith(shippedPassword(name, client + (proxied ? " through a proxy" : "")));
            return;
        }
        Optional<AuthenticatedUser> user = authenticator.authenticate(name, password);
        if (user.isEmpty()) {
            throttle.failed(name, client.throttleKey());
            request.abortWith(challenge());
            return;
        }
        throttle.succeeded(name);
        request.setProperty(AuthenticatedUser.PROPERTY, user.get());
        request.setSecurityContext(new UserSecurityContext(user.get(), request.getSecurityContext().isSecure()));
    }

    private static Response challenge() {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                "Send a valid user name and password with HTTP Basic authentication", Map.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, REALM_CHALLENGE).build();
    }

    private static Response tooManyFailures(String name, ClientAddress client, LoginThrottle.Refusal refusal) {
        if (refusal.first()) {
            LOG.warn("Refusing logins of user '{}' from {} for {} s without checking them: {}", LogText.of(name), client,
                    refusal.retryAfterSeconds(), refusal.reason());
        }
        return Response.fromResponse(Problems.response(429, "too-many-failed-logins", "Too Many Requests",
                "Too many failed logins for this user or from this address; try again in " + refusal.retryAfterSeconds()
                        + " seconds", Map.of("retryAfter", refusal.retryAfterSeconds())))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds())).build();
    }

    private static Response shippedPassword(String name, String client) {
        LOG.warn("Refused user '{}' from {}: the password it sent is the one the distribution ships with, accepted only"
                + " from this machine; if it is still that user's password, change it (README, Users and roles)",
                LogText.of(name), client);
        return Problems.response(403, "shipped-password", "Forbidden", "User " + LogText.of(name) + " sent the password"
                + " the distribution ships with, which everyone knows: it is accepted only on the server's own machine."
                + " Change the password (etc/users.properties or jaas:user-add) to use it from elsewhere.", Map.of());
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
