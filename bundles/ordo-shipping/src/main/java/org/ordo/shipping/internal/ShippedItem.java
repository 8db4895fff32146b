package org.ordo.shipping.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** How many units of one order line a shipment carries. */
@Embeddable
public class ShippedItem {
    @Column(name = "ITEM_ID", nullable = false, length = 32)
    String itemId;
    @Column(name = "SKU", nullable = false, length = 64)
    String sku;
    @Column(name = "QUANTITY", nullable = false)
    int quantity;
}
