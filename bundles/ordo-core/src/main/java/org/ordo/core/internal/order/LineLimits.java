package org.ordo.core.internal.order;

import java.math.BigDecimal;

import org.ordo.api.error.Violations;
import org.ordo.core.internal.Checks;

/** The totals an order may reach: each line's and the order's stay below {@link Checks#MAX_AMOUNT}. */
final class LineLimits {
    private LineLimits() {
    }

    /** Refuses an order whose line total or grand total the columns could not hold. */
    static void checkTotals(OrderEntity order) {
        Violations v = new Violations();
        for (int i = 0; i < order.lines.size(); i++) {
            v.check(tooLarge(order.lines.get(i).total), "lines[" + i + "].quantity",
                    "the line's total must stay below " + Checks.MAX_AMOUNT.toPlainString());
        }
        v.check(tooLarge(order.subtotal) || tooLarge(order.grandTotal), "lines",
                "the order's total must stay below " + Checks.MAX_AMOUNT.toPlainString());
        v.throwIfAny();
    }

    private static boolean tooLarge(BigDecimal amount) {
        return amount != null && amount.compareTo(Checks.MAX_AMOUNT) >= 0;
    }
}
