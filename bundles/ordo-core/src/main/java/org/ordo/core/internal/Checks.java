package org.ordo.core.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.ordo.api.error.Violations;
import org.ordo.api.money.Money;
import org.ordo.api.order.AddressDTO;

/** Field rules shared by customers, addresses, products and orders. Each records what is wrong. */
public final class Checks {
    /** Units of one line, and of one sku over all lines of an order or source: far beyond any real order. */
    public static final int MAX_QUANTITY = 1_000_000;
    /** Lines of an order, shopping list, quote or cart, however they arrive (typed or copied from a source). */
    public static final int MAX_LINES = 500;
    /**
     * Every amount Ordo stores is below this: prices, line totals, order totals. The columns hold 15
     * digits before the point; a sum of lines at the largest price and quantity would not fit, so a
     * total beyond it is refused rather than left to the database.
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {
    }

    /** Required text: present, not blank, at most {@code max} characters. */
    public static void text(Violations v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
        } else {
            optionalText(v, field, value, max);
        }
    }

    public static void optionalText(Violations v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(field, "must be at most " + max + " characters");
        }
    }

    public static void email(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
        } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            v.add(field, "must be an email address such as jo@example.com");
        }
    }

    public static void country(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
        } else if (!COUNTRIES.contains(value)) {
            v.add(field, "must be an ISO 3166-1 alpha-2 country code such as DE");
        }
    }

    /** Answers whether the currency is valid, so that amounts in it can be checked. */
    public static boolean currency(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
            return false;
        }
        if (Money.currency(value).isEmpty()) {
            v.add(field, "must be an ISO 4217 currency code such as EUR");
            return false;
        }
        return true;
    }

    public static void amount(Violations v, String field, BigDecimal value, String currency, boolean required) {
        if (value == null) {
            if (required) {
                v.add(field, "is required");
            }
            return;
        }
        if (value.signum() < 0) {
            v.add(field, "must not be negative");
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            v.add(field, "must be below " + MAX_AMOUNT.toPlainString());
        } else if (currency != null && !Money.fits(value, currency)) {
            v.add(field, "has more decimals than " + currency + " allows (" + Money.minorDigits(currency) + ")");
        }
    }

    /** A sku and how many units of it one line wants, wherever the line came from. */
    public record Units(String sku, long quantity) {
    }

    /**
     * The bounds over all lines of an order or a source: at most {@value #MAX_LINES} lines, and at most
     * {@value #MAX_QUANTITY} units of one sku over all of them, summed in a long so that many lines
     * cannot wrap the sum around.
     *
     * @param countField the field a count over the limit is reported on, such as {@code lines}
     * @param unitsField the field for a sku over its limit, given the index of its first line
     */
    public static void lineBounds(Violations v, List<Units> lines, String countField, IntFunction<String> unitsField) {
        if (lines.size() > MAX_LINES) {
            v.add(countField, "at most " + MAX_LINES + " lines, not " + lines.size());
            return;
        }
        Map<String, Long> bySku = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Units line = lines.get(i);
            if (line.sku() != null) {
                bySku.merge(line.sku(), line.quantity(), Long::sum);
                firstLine.putIfAbsent(line.sku(), i);
            }
        }
        bySku.forEach((sku, units) -> v.check(units > MAX_QUANTITY, unitsField.apply(firstLine.get(sku)),
                sku + " adds up to " + units + " units; at most " + MAX_QUANTITY + " per product"));
    }

    public static void quantity(Violations v, String field, Integer value) {
        if (value == null) {
            v.add(field, "is required");
        } else if (value < 1 || value > MAX_QUANTITY) {
            v.add(field, "must be a whole number from 1 to " + MAX_QUANTITY);
        }
    }

    /** A full address, as created; {@code prefix} names its place in the request, such as {@code shippingAddress.}. */
    public static void address(Violations v, String prefix, AddressDTO a) {
        text(v, prefix + "firstName", a.firstName, 100);
        text(v, prefix + "lastName", a.lastName, 100);
        optionalText(v, prefix + "company", a.company, 200);
        text(v, prefix + "street", a.street, 300);
        text(v, prefix + "city", a.city, 100);
        text(v, prefix + "postalCode", a.postalCode, 20);
        optionalText(v, prefix + "region", a.region, 100);
        country(v, prefix + "country", a.country);
        optionalText(v, prefix + "phone", a.phone, 40);
    }
}
