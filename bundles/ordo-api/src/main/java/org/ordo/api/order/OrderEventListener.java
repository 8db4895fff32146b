package org.ordo.api.order;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to hear of every order created, updated, changing status or deleted.
 *
 * <p>Called after the change committed, never inside its transaction, on Ordo's single event thread
 * ({@code ordo-order-events}), one event at a time in the order they were recorded. A listener that
 * throws is logged and skipped; the change stands and the other listeners still hear of it. A slow
 * listener delays the others: hand long work (a webhook call) to a thread of your own.
 *
 * <p>Events are kept in the database with the change until every listener has heard of them, so
 * none is lost when Ordo stops or crashes. Delivery is at least once: an event being told when the
 * node died is told again after it restarts (or, with several nodes, by another node once the claim
 * runs out). Make the effect idempotent, keyed by {@link OrderEvent#id()} where it must happen once.
 */
@ConsumerType
public interface OrderEventListener {
    void orderChanged(OrderEvent event);
}
