package org.ordo.api.order;

import java.math.BigDecimal;

/** A change to an order's totals made by a totals adjuster: a discount, a shipping charge. */
public class AdjustmentDTO {
    public static final String DISCOUNT = "DISCOUNT";
    public static final String SHIPPING = "SHIPPING";
    public static final String FREE_SHIPPING = "FREE_SHIPPING";

    /** {@link #DISCOUNT} lowers the total, {@link #SHIPPING} raises it, {@link #FREE_SHIPPING} waives all shipping. */
    public String type;
    /** What an agent reads on the order, such as "Coupon XMAS-10: 10 %". */
    public String label;
    /** Positive, in the order's currency. */
    public BigDecimal amount;
    /** Who made it, such as {@code promotion:12} or {@code shipping:express}; free-form. */
    public String source;

    public static AdjustmentDTO of(String type, String label, BigDecimal amount, String source) {
        AdjustmentDTO adjustment = new AdjustmentDTO();
        adjustment.type = type;
        adjustment.label = label;
        adjustment.amount = amount;
        adjustment.source = source;
        return adjustment;
    }
}
