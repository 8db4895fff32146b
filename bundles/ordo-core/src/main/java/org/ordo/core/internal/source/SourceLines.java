package org.ordo.core.internal.source;

import java.math.BigDecimal;

/** Lines copied from a source onto a new order. */
public final class SourceLines {
    private SourceLines() {
    }

    /**
     * A sku and quantity, and the price to keep (a quote's) or null for today's catalog price, with who
     * set that price.
     */
    public record Line(String sku, int quantity, BigDecimal unitPrice, String priceSetBy) {
    }
}
