package org.ordo.api.error;

import java.util.Objects;

/** One reason input was refused: the field, as a JSON path such as {@code lines[2].sku}, and why. */
public final class FieldError {
    public final String field;
    public final String message;

    public FieldError(String field, String message) {
        this.field = Objects.requireNonNull(field);
        this.message = Objects.requireNonNull(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError that && field.equals(that.field) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
