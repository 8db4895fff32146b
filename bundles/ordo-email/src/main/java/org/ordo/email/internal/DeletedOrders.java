package org.ordo.email.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A deleted order takes its emails along, sent or not, as it does its comments and claims. */
@Component
public class DeletedOrders implements OrderEventListener {
    private final Outbox outbox;

    @Activate
    public DeletedOrders(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            outbox.forgetOrder(event.orderId());
        }
    }
}
