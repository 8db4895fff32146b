package org.ordo.promotions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DiscountLimitsTest {

    @Test
    void agentsShareIsAPercentOfTheSubtotalRoundedDown() {
        DiscountLimits limits = new DiscountLimits(20, 10);
        assertEquals(new BigDecimal("20.00"), limits.agentAllowance(new BigDecimal("100.00"), "EUR"));
        // 20 % of 0.99 is 0.198: rounding down keeps the share within the limit
        assertEquals(new BigDecimal("0.19"), limits.agentAllowance(new BigDecimal("0.99"), "EUR"));
        assertEquals(new BigDecimal("199"), limits.agentAllowance(new BigDecimal("999"), "JPY"));
    }

    @Test
    void aShareAboveAHundredPercentIsTheWholeSubtotal() {
        assertEquals(new BigDecimal("10.00"), new DiscountLimits(500, 10).agentAllowance(new BigDecimal("10.00"), "EUR"));
        assertEquals(new BigDecimal("0.00"), new DiscountLimits(0, 10).agentAllowance(new BigDecimal("10.00"), "EUR"));
    }
}
