package org.ordo.core.shell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ordo.api.error.FieldError;
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

    /** The amount, or null when nothing was typed; its range and scale are the service's to judge. */
    static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a number such as 19.90, not '" + text + "'");
        }
    }

    /** {@code true}/{@code false} (any case), or null when nothing was typed. */
    static Boolean yesNo(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new ValidationException(field, "must be true or false, not '" + text + "'");
        };
    }

    /** A line typed as {@code SKU:QUANTITY} or {@code SKU:QUANTITY:UNIT_PRICE}. */
    record TypedLine(String sku, Integer quantity, BigDecimal unitPrice) {
    }

    /**
     * The typed lines, each problem named by its place ({@code lines[1].quantity}) as the API names
     * it, all of them at once; skus, quantities' ranges and prices are left to the service.
     */
    static List<TypedLine> lines(List<String> typed) {
        List<TypedLine> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; typed != null && i < typed.size(); i++) {
            String at = "lines[" + i + "]";
            String[] parts = typed.get(i).split(":", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
                errors.add(new FieldError(at, "must be SKU:QUANTITY or SKU:QUANTITY:UNIT_PRICE, not '" + typed.get(i) + "'"));
                continue;
            }
            try {
                lines.add(new TypedLine(parts[0].trim(), wholeNumber(at + ".quantity", parts[1]),
                        parts.length == 3 ? decimal(at + ".unitPrice", parts[2]) : null));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }
}
