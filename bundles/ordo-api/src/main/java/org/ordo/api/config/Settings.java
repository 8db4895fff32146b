package org.ordo.api.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Checks of configured values, called from a component's activation with its configuration, and the node's name. */
public final class Settings {

    private Settings() {
    }

    /** The value, or an {@link IllegalArgumentException} such as {@code org.ordo.x: size must be at least 1, not -5}. */
    public static long atLeast(String pid, String setting, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(pid + ": " + setting + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    public static int atLeast(String pid, String setting, int value, int minimum) {
        return (int) atLeast(pid, setting, (long) value, minimum);
    }

    /**
     * The name a node claims shared work under (outbox messages, order events): the configured one, or
     * {@code karaf.name@host}. Nodes sharing a database need different names.
     */
    public static String nodeName(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return System.getProperty("karaf.name", "karaf") + "@" + host;
    }
}
