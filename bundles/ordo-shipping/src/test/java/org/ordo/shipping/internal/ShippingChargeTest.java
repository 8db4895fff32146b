package org.ordo.shipping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ShippingChargeTest {

    @Test
    void theMethodsPriceUntilTheSubtotalReachesItsThreshold() {
        BigDecimal price = new BigDecimal("4.90");
        BigDecimal freeAbove = new BigDecimal("50.00");
        assertEquals(new BigDecimal("4.90"), ShippingCharge.of(price, freeAbove, new BigDecimal("49.99")));
        assertEquals(new BigDecimal("0.00"), ShippingCharge.of(price, freeAbove, new BigDecimal("50.00")));
        assertEquals(new BigDecimal("0.00"), ShippingCharge.of(price, freeAbove, new BigDecimal("120.00")));
    }

    @Test
    void withoutAThresholdThePriceAlwaysApplies() {
        assertEquals(new BigDecimal("4.90"), ShippingCharge.of(new BigDecimal("4.90"), null, new BigDecimal("9999.00")));
    }
}
