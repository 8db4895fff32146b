package org.ordo.email.internal;

import java.util.Locale;

import org.ordo.api.error.ValidationException;

/** What a body is: plain text, or HTML into which every value is written escaped. */
public enum Format {
    TEXT("text/plain"), HTML("text/html");

    private final String mimeType;

    Format(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Reads a client's {@code format}, TEXT when absent. */
    public static Format parse(String field, String value) {
        if (value == null) {
            return TEXT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be TEXT or HTML");
        }
    }
}
