package org.ordo.core.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ordo.api.rest.Page;

/** How values read on the console: money with its currency, rates as percent, times to the second. */
final class ConsoleFormat {
    private ConsoleFormat() {
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? "" : amount.toPlainString() + " " + currency;
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.stripTrailingZeros().toPlainString() + "%";
    }

    static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** {@code Page 2 of 7 (total 130 orders)}, or {@code Page 2 of 20+ (more than 1000 orders)} for a list not counted to its end. */
    static void pageLine(PrintStream out, Page<?> page, String things) {
        long pages = Math.max(1, (page.total + page.size - 1) / page.size);
        if (page.totalExact) {
            out.println("Page " + page.page + " of " + pages + " (total " + page.total + " " + things + ")");
        } else {
            out.println("Page " + page.page + " of " + pages + "+ (more than " + page.total + " " + things + ")");
        }
    }
}
