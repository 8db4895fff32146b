package org.ordo.api.totals;

import java.util.List;

import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to adjust the totals of open orders: a discount rule, a shipping price.
 *
 * <p>The core calls every adjuster each time an open order's totals are computed (create, edit,
 * {@code recalculate}), on the request's thread and inside the core's transaction for that order,
 * with a draft of the order whose lines and {@code totals.subtotal} are set. Return the adjustments
 * that apply (none is an empty list); do not change the draft. The core adds discounts up (never
 * beyond the subtotal), spreads them over the lines before tax, adds shipping and rounds per line.
 * An adjuster that throws a {@link org.ordo.api.error.ProblemException} refuses the change with that
 * problem (a coupon that no longer applies, say); any other failure is logged and the adjuster is left
 * out of that computation.
 * Adjusters are asked in {@code service.ranking} order, highest first.
 */
@ConsumerType
public interface TotalsAdjuster {
    List<AdjustmentDTO> adjust(OrderDTO draft);
}
