package org.ordo.shipping.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A deleted order takes its shipments along. */
@Component
public class DeletedOrders implements OrderEventListener {
    private final Shipments shipments;

    @Activate
    public DeletedOrders(@Reference Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            shipments.forgetOrder(event.orderId());
        }
    }
}
