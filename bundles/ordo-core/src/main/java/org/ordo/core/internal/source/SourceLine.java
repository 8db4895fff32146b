package org.ordo.core.internal.source;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A line of a shopping list, quote or cart: a sku, a quantity and, on quotes, the negotiated price. */
@Embeddable
public class SourceLine {
    @Column(name = "SKU", nullable = false, length = 64)
    String sku;
    @Column(name = "QUANTITY", nullable = false)
    int quantity;
    @Column(name = "UNIT_PRICE", precision = 19, scale = 4)
    BigDecimal unitPrice;

    static SourceLine of(String sku, int quantity, BigDecimal unitPrice) {
        SourceLine line = new SourceLine();
        line.sku = sku;
        line.quantity = quantity;
        line.unitPrice = unitPrice;
        return line;
    }
}
