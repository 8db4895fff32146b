package org.ordo.attachments.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A deleted order takes its attachments, files included, along. */
@Component
public class DeletedOrders implements OrderEventListener {
    private final Attachments attachments;

    @Activate
    public DeletedOrders(@Reference Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            attachments.forgetOrder(event.orderId());
        }
    }
}
