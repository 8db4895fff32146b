package org.ordo.reclamations.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** How many units of one order line a reclamation claims. */
@Embeddable
public class ClaimedItem {
    @Column(name = "ITEM_ID", nullable = false, length = 32)
    String itemId;
    @Column(name = "SKU", nullable = false, length = 64)
    String sku;
    @Column(name = "QUANTITY", nullable = false)
    int quantity;
}
