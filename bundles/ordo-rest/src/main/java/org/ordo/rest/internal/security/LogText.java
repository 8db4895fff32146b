package org.ordo.rest.internal.security;

/** Text a client chose (a user name), made safe for one log line: no line breaks or other control characters, and short. */
public final class LogText {
    private static final int MAX = 64;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX + 1));
        for (int i = 0; i < text.length() && safe.length() < MAX; i++) {
            char c = text.charAt(i);
            safe.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return text.length() > MAX ? safe + "…" : safe.toString();
    }
}
