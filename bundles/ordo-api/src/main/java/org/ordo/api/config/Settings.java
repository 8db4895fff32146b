package org.ordo.api.config;

/** Checks of configured values, called from a component's activation with its configuration. */
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
}
