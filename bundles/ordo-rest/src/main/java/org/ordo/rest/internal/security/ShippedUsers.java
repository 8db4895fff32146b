package org.ordo.rest.internal.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The development users the distribution ships in {@code etc/users.properties}, each with its name as
 * its password. Everyone knows those passwords, so they are accepted only from this machine.
 */
public final class ShippedUsers {
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin", "agent", "agent", "viewer", "viewer");

    private ShippedUsers() {
    }

    /** Whether the name and password are one of the shipped pairs, compared in constant time. */
    public static boolean isShipped(String name, String password) {
        String shipped = PASSWORDS.get(name);
        return shipped != null && password != null && MessageDigest.isEqual(
                shipped.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }

    public static Set<String> names() {
        return new TreeSet<>(PASSWORDS.keySet());
    }

    public static String passwordOf(String name) {
        return PASSWORDS.get(name);
    }
}
