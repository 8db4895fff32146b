package org.ordo.comments.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A deleted order takes its comments along. */
@Component
public class DeletedOrders implements OrderEventListener {
    private final Comments comments;

    @Activate
    public DeletedOrders(@Reference Comments comments) {
        this.comments = comments;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            comments.forgetOrder(event.orderId());
        }
    }
}
