package org.ordo.core.internal;

import java.util.Locale;

/** Lower-case copies of searchable text, and LIKE patterns over them that treat input literally. */
public final class SearchKeys {
    public static final char ESCAPE = '\\';

    private SearchKeys() {
    }

    public static String of(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching values that start with {@code prefix}, in any case. */
    public static String prefixPattern(String prefix) {
        String key = of(prefix.trim());
        StringBuilder pattern = new StringBuilder(key.length() + 1);
        for (char c : key.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
