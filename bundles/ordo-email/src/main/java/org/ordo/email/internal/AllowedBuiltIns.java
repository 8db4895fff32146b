package org.ordo.email.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The FreeMarker built-ins an email template may use: a list of what is allowed, not of what is not,
 * so that a built-in added by a later FreeMarker is refused until someone has looked at it. Each one
 * here does work in proportion to its input and returns at most a bounded multiple of it; none reads
 * text as a template or expression, none runs a regular expression, none calls Java.
 */
final class AllowedBuiltIns {
    /** Take no arguments. */
    private static final Set<String> PLAIN = Set.of(
            "upper_case", "lower_case", "cap_first", "uncap_first", "capitalize", "trim", "length",
            "url", "url_path",
            "has_content", "is_string", "is_number", "is_boolean", "is_sequence", "is_hash",
            "size", "first", "last", "reverse", "sort", "keys", "values",
            "abs", "round", "floor", "ceiling",
            "index", "counter", "has_next", "is_first", "is_last", "item_parity", "item_parity_cap",
            "is_odd_item", "is_even_item");

    /** Called with literal arguments only, so that what they add is bounded by the template's own text. */
    private static final Set<String> CALLED_WITH_LITERALS = Set.of(
            "contains", "starts_with", "ends_with", "index_of", "last_index_of",
            "truncate", "truncate_w", "truncate_c", "truncate_m", "left_pad", "right_pad",
            "join", "sort_by", "seq_contains", "seq_index_of", "item_cycle",
            "string", "date", "time", "datetime");

    /** Choose one of their arguments, which may be any allowed expression: they add nothing. */
    private static final Set<String> CHOOSING = Set.of("then", "switch");

    /**
     * Can make a value many times longer (escaping a character into nine, padding, repeating a
     * separator): one may not be applied to what another has already lengthened.
     */
    private static final Set<String> LENGTHENING = Set.of("url", "url_path", "left_pad", "right_pad", "join");

    /** Keep a sequence's items as they are: a #list or ?join may take their result. */
    static final Set<String> REORDERING = Set.of("sort", "sort_by", "reverse", "keys", "values");

    static final Set<String> PADDING = Set.of("left_pad", "right_pad");

    private static final Map<String, String> WHY_NOT = Map.ofEntries(
            Map.entry("interpret", "it runs text as a template, which escapes every limit on this one"),
            Map.entry("eval", "it runs text as an expression, which escapes every limit on this template"),
            Map.entry("eval_json", "it reads text as data of any size; email templates use the order's data"),
            Map.entry("matches", "regular expressions can take exponential time on a short text"),
            Map.entry("groups", "regular expressions can take exponential time on a short text"),
            Map.entry("replace", "it can make a text many times longer, and takes regular expressions"),
            Map.entry("split", "it takes regular expressions, which can take exponential time on a short text"),
            Map.entry("number", "a number read from text can have a billion digits; amounts are given as exact text"),
            Map.entry("new", "templates may not create Java objects"),
            Map.entry("api", "templates may not call Java"),
            Map.entry("no_esc", "values are always escaped in HTML emails"));

    private AllowedBuiltIns() {
    }

    /** FreeMarker accepts {@code upperCase} as well as {@code upper_case}: both are checked as the latter. */
    static String canonical(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static boolean allowed(String name) {
        return PLAIN.contains(name) || CALLED_WITH_LITERALS.contains(name) || CHOOSING.contains(name);
    }

    static boolean calledWithLiterals(String name) {
        return CALLED_WITH_LITERALS.contains(name);
    }

    static boolean lengthens(String name) {
        return LENGTHENING.contains(name);
    }

    static String whyNot(String name) {
        return WHY_NOT.getOrDefault(name, "it is not one of the built-ins email templates may use (see README)");
    }
}
