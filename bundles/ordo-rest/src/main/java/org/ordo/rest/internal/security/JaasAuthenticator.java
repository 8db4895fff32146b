package org.ordo.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.ordo.api.rest.Role;

/**
 * Checks a user name and password against a JAAS realm and answers the Ordo roles it grants. A
 * success is remembered for a short while, keyed by a hash of the credentials, so that a client
 * sending the same credentials on every request does not cost a login each time; a failure is never
 * remembered.
 */
final class JaasAuthenticator {
    private static final int MAX_REMEMBERED = 10_000;

    private final String realm;
    private final long rememberNanos;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(AuthenticatedUser user, long expiresAt) {
    }

    JaasAuthenticator(String realm, long rememberSeconds) {
        this.realm = realm;
        this.rememberNanos = rememberSeconds * 1_000_000_000L;
    }

    Optional<AuthenticatedUser> authenticate(String name, String password) {
        String key = digest(name, password);
        long now = System.nanoTime();
        Remembered known = remembered.get(key);
        if (known != null && now - known.expiresAt() < 0) {
            return Optional.of(known.user());
        }
        Optional<AuthenticatedUser> user = login(name, password);
        user.ifPresent(u -> remember(key, u, now));
        return user;
    }

    private void remember(String key, AuthenticatedUser user, long now) {
        if (rememberNanos <= 0) {
            return;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(user, now + rememberNanos));
    }

    private Optional<AuthenticatedUser> login(String name, String password) {
        try {
            return Optional.of(new AuthenticatedUser(name, rolesOf(RealmLogin.login(realm, name, password))));
        } catch (LoginException e) {
            return Optional.empty();
        }
    }

    private static Set<Role> rolesOf(Subject subject) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
            for (Role role : Role.values()) {
                if (role.roleName().equals(principal.getName())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
