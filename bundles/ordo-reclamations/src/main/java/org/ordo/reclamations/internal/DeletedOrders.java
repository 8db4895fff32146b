package org.ordo.reclamations.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A deleted order takes its reclamations along. */
@Component
public class DeletedOrders implements OrderEventListener {
    private final Reclamations reclamations;

    @Activate
    public DeletedOrders(@Reference Reclamations reclamations) {
        this.reclamations = reclamations;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            reclamations.forgetOrder(event.orderId());
        }
    }
}
