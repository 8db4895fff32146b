package org.ordo.itests.robustness;

import java.util.List;

/** Text meant to break things that read it: Unicode edge cases and the shapes of injection attacks. */
final class Hostile {
    /** Valid strings for a free-text field; sent only beside something else that makes the request invalid. */
    static final List<String> TEXT = List.of(
            "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE APP.ORDERS; --", "%", "_", "%_%", "\\", "\\'",
            "SELECT o FROM OrderEntity o WHERE 1=1", "') OR o.id > 0 OR ('",
            "${7*7}", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", "${.data_model}",
            "<#include \"/etc/passwd\">", "<#list 1..999999999 as i>${i}</#list>",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f",
            "line\r\nX-Injected: yes", "\r\n\r\n<html>", "<script>alert(1)</script>", "{{7*7}}", "#{7*7}", "%s%s%n",
            "\u202eevil\u202c", "\u200f\u200e\u200b", "\uD83D\uDE00\uD83C\uDF89\uD83D\uDC4D\uD83C\uDFFD",
            "Zo\u00eb \u2713 \u65e5\u672c\u8a9e", "e\u0301\u0302\u0303\u0304\u0305\u0306", "Z\u0334\u0327\u034d\u0344a\u0337l",
            "\u0000", "a\u0000b", "\uD800", "\uDFFF x", "x\uD800\uD800", "\uFFFF\uFFFE", "\u00a0\u2028\u2029",
            "a".repeat(100_000), "\uD83D\uDE00".repeat(20_000));

    /** Path segments that name nothing. Sent URL-encoded; none can be read as an existing id. */
    static final List<String> BAD_IDS = List.of(
            "0", "-1", "abc", "99999999999999999999", "987654321", "1.5", "1e3", "0x1F", "null", "undefined",
            "' OR 1=1 --", "1 OR 1=1", "%", "_", "*", "\\", "${7*7}", "<#assign x=1>", "\u202e12", "\uD83D\uDE00",
            "\u0000", "Zo\u00eb", "e\u0301", "x".repeat(2_000), "9".repeat(300), "\r\nSet-Cookie: x=y",
            "NO-SUCH-REF-7");

    /** Segments sent as they are, already encoded: traversal, encoded separators, broken UTF-8. */
    static final List<String> RAW_SEGMENTS = List.of(
            "..%2f..%2fetc%2fpasswd", "%2e%2e", "%2F", "a%00b", "%ED%A0%80", "%C0%AE%C0%AE", "%FF%FE", "%E2%80%AE",
            "%0d%0aSet-Cookie:%20x=y", "a;b=c", "%25", "%5c..%5c");

    /** Query values: out of range, not numbers, wildcards, injection, Unicode. */
    static final List<String> QUERY_VALUES = List.of(
            "-1", "0", "201", "99999999999", "99999999999999999999", "abc", "1e3", "1.5", "' OR 1=1 --", "%", "_",
            "*", "\\", "%_%", "a%", "\uD83D\uDE00", "\u202e", "\u0000", "x".repeat(3_000), "unknown", "-", "+",
            "-createdAt,number", "createdAt;DROP TABLE ORDERS", "maybe", "", " ", "2026-13-45T00:00:00Z", "NaN",
            "1e400", "-0", "OPEN,BOGUS", ",,,", "${7*7}");

    /** Property names no request type has. */
    static final List<String> UNKNOWN_FIELDS = List.of("fuzz", "__proto__", "constructor", "$where", "' OR 1=1 --",
            "\uD83D\uDE00", "\u0000", "");

    private Hostile() {
    }
}
