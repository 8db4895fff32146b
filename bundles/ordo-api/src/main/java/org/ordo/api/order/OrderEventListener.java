package org.ordo.api.order;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to hear of every order created, updated, changing status or deleted.
 *
 * <p>Called after the change committed, never inside its transaction, on Ordo's single event thread
 * ({@code ordo-order-events}), one event at a time in the order they committed. A listener that
 * throws is logged and skipped; the change stands and the other listeners still hear of it. A slow
 * listener delays the others: hand long work (a webhook call) to a thread of your own.
 */
@ConsumerType
public interface OrderEventListener {
    void orderChanged(OrderEvent event);
}
