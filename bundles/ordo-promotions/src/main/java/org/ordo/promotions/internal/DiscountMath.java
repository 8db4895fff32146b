package org.ordo.promotions.internal;

import java.math.BigDecimal;

import org.ordo.api.money.Money;

/** What a discount of a type and value takes off a subtotal, in the order's currency, never more than it. */
public final class DiscountMath {
    public static final String PERCENT = "PERCENT";
    public static final String AMOUNT = "AMOUNT";
    public static final String FREE_SHIPPING = "FREE_SHIPPING";

    private DiscountMath() {
    }

    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    /** An amount the tables can hold exactly: not negative, below 10^12, at most 4 decimals. */
    public static boolean isAmount(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(LARGEST) < 0 && value.stripTrailingZeros().scale() <= 4;
    }

    public static BigDecimal amountOff(String type, BigDecimal value, BigDecimal subtotal, String currency) {
        BigDecimal off = switch (type) {
            case PERCENT -> subtotal.multiply(value).movePointLeft(2);
            case AMOUNT -> value;
            default -> BigDecimal.ZERO;
        };
        return Money.round(off.min(subtotal).max(BigDecimal.ZERO), currency);
    }
}
