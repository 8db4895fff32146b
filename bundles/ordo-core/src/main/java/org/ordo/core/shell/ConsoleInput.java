package org.ordo.core.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.PageRequest;

/**
 * Reads what the console user typed. Numbers arrive as text, not as {@code int} fields, so that
 * {@code abc} is refused with the same one-line error as every other bad input rather than with the
 * shell's conversion exception.
 */
final class ConsoleInput {
    private ConsoleInput() {
    }

    /** The number, or null when nothing was typed. */
    static Integer wholeNumber(String field, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new ValidationException(field, "must be a whole number, not '" + text + "'");
        }
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text + "' is out of range");
        }
    }

    /** The id, or null when nothing was typed. */
    static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!trimmed.matches("\\d{1,18}")) {
            throw new ValidationException(field, "must be an id (digits only), not '" + text + "'");
        }
        return Long.valueOf(trimmed);
    }

    static PageRequest page(String page, String size) {
        return PageRequest.of(wholeNumber("page", page), wholeNumber("size", size));
    }

    /** {@code open, confirmed} as {@code [OPEN, CONFIRMED]}; null when nothing was typed. */
    static List<String> statuses(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
