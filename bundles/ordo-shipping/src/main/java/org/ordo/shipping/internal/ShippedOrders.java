package org.ordo.shipping.internal;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.ordo.api.error.NotFoundException;
import org.ordo.persistence.Transactions;

/** The per-order row that writers of an order's shipments lock, so they take turns. */
final class ShippedOrders {
    private ShippedOrders() {
    }

    /** Makes sure the order's row exists, in a transaction of its own; a racer creating it too is fine. */
    static void prepare(Transactions tx, String orderId) {
        try {
            tx.run(em -> {
                if (em.find(ShippedOrderEntity.class, orderId) == null) {
                    ShippedOrderEntity row = new ShippedOrderEntity();
                    row.orderId = orderId;
                    em.persist(row);
                }
            });
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** Waits for the order's turn, until the caller's transaction ends. */
    static void lock(EntityManager em, String orderId) {
        if (em.find(ShippedOrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw NotFoundException.of("Order", orderId);
        }
    }
}
