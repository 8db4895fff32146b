package org.ordo.itests.robustness;

import java.util.List;
import java.util.Map;

/**
 * What a body field holds, by its name across the API, and the JSON values (raw text) that such a
 * field must refuse. Free text refuses only the wrong shape: any string may be a valid note.
 */
enum FieldKind {
    TEXT(),
    /** An id, sku, code or name that must name an existing record or configured thing. */
    REFERENCE("\"NO-SUCH-REF-7\"", "\"' OR 1=1 --\"", "\"%\"", "\"_\"", "\"%_%\"", "\"\\\\\"", "\"*\"",
            "\"99999999999999999999\"", "\"-1\"", "\"\uD83D\uDE00\"", "\"\\u202e1\"", "\"\\u0000\"", "\"\\ud800\"",
            "987654321", "\"../../etc/passwd\"", "\"${7*7}\""),
    /** A whole number of at least 1. */
    POSITIVE("0", "-0", "-1", "-2147483648", "1.5", "2147483648", "99999999999999999999", "1e400", "\"abc\"",
            "\"NaN\"", "\"\"", "\" \"", "\"\\u0000\""),
    /** A whole number of at least 0. */
    COUNT("-1", "-2147483648", "1.5", "2147483648", "99999999999999999999", "1e400", "\"abc\"", "\"\"", "\"\\t\""),
    MONEY("\"abc\"", "\"NaN\"", "\"Infinity\"", "\"-1.00\"", "\"1e400\"", "1e400", "\"99999999999999999999999999.99\"",
            "\"0x10\"", "\"1,50\"", "\"12.3.4\"", "\"\\u0000\"", "\"\"", "\"  \""),
    CURRENCY("\"EURO\"", "\"E\"", "\"\u20AC\"", "\"123\"", "\"' OR 1=1 --\"", "\"\\u0000\"", "\"\uD83D\uDE00\""),
    COUNTRY("\"DEU\"", "\"D\"", "\"12\"", "\"' OR\"", "\"\uD83D\uDE00\"", "\"\\ud800\""),
    EMAIL("\"not-an-email\"", "\"ann@\"", "\"@example.com\"", "\"ann@@example.com\"", "\"' OR 1=1 --\""),
    ENUM("\"BOGUS\"", "\"' OR 1=1 --\"", "\"\uD83D\uDE00\"", "\"\\u202eOPEN\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"OPEN; DROP TABLE ORDERS\""),
    /** An upper-case name such as BACK_OFFICE: the list of channels is open. */
    CHANNEL("\"web\"", "\"' OR 1=1 --\"", "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"", "\"\uD83D\uDE00\""),
    INSTANT("\"yesterday\"", "\"2026-13-45T00:00:00Z\"", "\"2026-11-22\"", "\"2026-11-22T25:00:00Z\"", "\"\\u0000\"",
            "true", "1e400", "0", "\"\"", "\" \""),
    BOOLEAN("\"maybe\"", "\"yes please\"", "\"' OR 1=1 --\"", "\"\"", "\"\\u0000\""),
    OBJECT("\"x\"", "42", "true", "[]", "[{}]"),
    ARRAY("\"x\"", "{}", "42", "true", "[null]", "[[]]");

    /** Shapes no scalar field takes: Jackson coerces numbers and booleans to text, never these. */
    static final List<String> WRONG_SHAPES = List.of("[]", "{}", "[\"x\"]", "{\"$gt\":\"\"}",
            "[".repeat(2000) + "]".repeat(2000));

    private static final Map<String, FieldKind> BY_NAME = Map.ofEntries(
            Map.entry("customerId", REFERENCE), Map.entry("addressId", REFERENCE), Map.entry("itemId", REFERENCE),
            Map.entry("orderId", REFERENCE), Map.entry("shipmentId", REFERENCE), Map.entry("sku", REFERENCE),
            Map.entry("shippingMethod", REFERENCE), Map.entry("template", REFERENCE), Map.entry("carrier", REFERENCE),
            Map.entry("code", REFERENCE),
            Map.entry("quantity", POSITIVE), Map.entry("generate", POSITIVE),
            Map.entry("stock", COUNT), Map.entry("usageLimit", COUNT), Map.entry("perCustomerLimit", COUNT),
            Map.entry("price", MONEY), Map.entry("unitPrice", MONEY), Map.entry("value", MONEY),
            Map.entry("minSubtotal", MONEY), Map.entry("freeAbove", MONEY), Map.entry("taxRate", MONEY),
            Map.entry("currency", CURRENCY), Map.entry("country", COUNTRY),
            Map.entry("email", EMAIL), Map.entry("to", EMAIL),
            Map.entry("type", ENUM), Map.entry("status", ENUM), Map.entry("visibility", ENUM), Map.entry("format", ENUM),
            Map.entry("channel", CHANNEL),
            Map.entry("startsAt", INSTANT), Map.entry("endsAt", INSTANT), Map.entry("occurredAt", INSTANT),
            Map.entry("expiresAt", INSTANT),
            Map.entry("requiresCoupon", BOOLEAN), Map.entry("active", BOOLEAN), Map.entry("freeShipping", BOOLEAN),
            Map.entry("discount", OBJECT), Map.entry("source", OBJECT), Map.entry("billingAddress", OBJECT),
            Map.entry("shippingAddress", OBJECT),
            Map.entry("lines", ARRAY), Map.entry("items", ARRAY), Map.entry("couponCodes", ARRAY),
            Map.entry("orderIds", ARRAY), Map.entry("itemIds", ARRAY));

    private final List<String> invalid;

    FieldKind(String... invalid) {
        this.invalid = List.of(invalid);
    }

    static FieldKind of(String field) {
        return BY_NAME.getOrDefault(field, TEXT);
    }

    /** Values of the right JSON shape but refused for what they say; empty for free text. */
    List<String> invalidValues() {
        return invalid;
    }

    boolean isContainer() {
        return this == OBJECT || this == ARRAY;
    }
}
