package org.ordo.shipping.internal;

import java.math.BigDecimal;

/** What a shipping method charges an order: its price, or nothing once the subtotal reaches its free-above threshold. */
final class ShippingCharge {
    private ShippingCharge() {
    }

    static BigDecimal of(BigDecimal price, BigDecimal freeAbove, BigDecimal subtotal) {
        return freeAbove != null && subtotal.compareTo(freeAbove) >= 0 ? BigDecimal.ZERO.setScale(price.scale()) : price;
    }
}
