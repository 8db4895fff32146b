package org.ordo.shipping.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row per order that has shipments: writers lock it first, so the shipments of one order are
 * recorded one at a time and two of them can never both take the last unit of a line.
 */
@Entity
@Table(name = "SHIPPED_ORDERS")
public class ShippedOrderEntity {
    @Id
    @Column(name = "ORDER_ID", length = 32)
    String orderId;
}
