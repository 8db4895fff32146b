package org.ordo.promotions.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.promotions.internal.PromotionDTO;

/**
 * Reading what the console user typed and writing promotions the way the console shows them. Numbers
 * arrive as text, not as {@code int} fields, so that {@code abc} is refused with the same one-line
 * error as every other bad input rather than with the shell's conversion exception.
 */
final class PromotionsConsole {
    private PromotionsConsole() {
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

    /** A count of things to make: a whole number, 1 or more. */
    static int count(String field, String text) {
        Integer count = wholeNumber(field, text);
        if (count == null || count < 1) {
            throw new ValidationException(field, "must be 1 or more, not '" + text + "'");
        }
        return count;
    }

    /** The amount or percentage, or null when nothing was typed. */
    static BigDecimal decimal(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a number such as 10 or 4.50, not '" + text + "'");
        }
    }

    /** {@code 2026-12-24T18:00:00Z}, or a date such as {@code 2026-12-24} meaning its start in UTC; null when nothing was typed. */
    static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.contains("T") ? Instant.parse(trimmed) : LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date (2026-12-24) or an instant (2026-12-24T18:00:00Z), not '" + text + "'");
        }
    }

    /** {@code yes}/{@code no} (or true/false), or null when nothing was typed. */
    static Boolean yesOrNo(String field, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw new ValidationException(field, "must be yes or no, not '" + text + "'");
        };
    }

    /** {@code percent} as {@code PERCENT}; null when nothing was typed. */
    static String upperCase(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    static PageRequest page(String page, String size) {
        return PageRequest.of(wholeNumber("page", page), wholeNumber("size", size));
    }

    /**
     * Options typed after the arguments, such as {@code coupon:generate 7 5 --prefix SUMMER-}. Karaf reads
     * options only before the first argument and hands everything after it to the arguments, so a
     * command that takes them collects the rest in a multi-valued last argument and reads it here.
     *
     * @param words what followed the command's own arguments; null when nothing did
     * @param names every accepted spelling ({@code --prefix}, {@code -p}) to the option's name ({@code --prefix})
     * @return the option's name to its value, for the options given
     */
    static Map<String, String> trailingOptions(List<String> words, Map<String, String> names) {
        Map<String, String> values = new HashMap<>();
        if (words == null) {
            return values;
        }
        for (Iterator<String> it = words.iterator(); it.hasNext(); ) {
            String word = it.next();
            int equals = word.indexOf('=');
            String spelling = equals < 0 ? word : word.substring(0, equals);
            String name = names.get(spelling);
            if (name == null) {
                throw new ValidationException("arguments", "unexpected '" + word + "'; options are " + names.keySet());
            }
            String value;
            if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (it.hasNext()) {
                value = it.next();
            } else {
                throw new ValidationException(name.replaceFirst("^-+", ""), "needs a value");
            }
            values.put(name, value);
        }
        return values;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    /** {@code PERCENT 10}, {@code AMOUNT 5.00} or {@code FREE_SHIPPING}. */
    static String discount(PromotionDTO.Discount discount) {
        if (discount == null || discount.type == null) {
            return "";
        }
        return discount.value == null ? discount.type : discount.type + " " + discount.value.toPlainString();
    }

    /** {@code 3/10} against a usage limit, {@code 3} without one. */
    static String used(PromotionDTO promotion) {
        int used = promotion.used == null ? 0 : promotion.used;
        return promotion.usageLimit == null ? String.valueOf(used) : used + "/" + promotion.usageLimit;
    }

    /** {@code startsAt..endsAt}, either side blank when open; blank when the promotion has no window. */
    static String window(PromotionDTO promotion) {
        if (promotion.startsAt == null && promotion.endsAt == null) {
            return "";
        }
        return time(promotion.startsAt) + ".." + time(promotion.endsAt);
    }

    /** {@code discount 5.00 EUR, grand total 45.00 EUR}: what a change of discounts did to an order. */
    static String totals(OrderDTO order) {
        return "discount " + order.totals.discount.toPlainString() + " " + order.currency + ", grand total "
                + order.totals.grandTotal.toPlainString() + " " + order.currency;
    }

    /** {@code Page 2 of 7 (total 130)}. */
    static void pageLine(PrintStream out, Page<?> page) {
        long pages = Math.max(1, (page.total + page.size - 1) / page.size);
        out.println("Page " + page.page + " of " + pages + " (total " + page.total + ")");
    }
}
