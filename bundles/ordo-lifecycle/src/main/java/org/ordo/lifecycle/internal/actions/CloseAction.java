package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code close}: from OPEN, CANCELLED, SHIPPED to CLOSED. */
@Component(service = OrderAction.class, property = OrderAction.NAME + "=" + CloseAction.ACTION)
public class CloseAction extends StatusAction {
    static final String ACTION = "close";

    public CloseAction() {
        super(ACTION, "Close order", Set.of(OrderStatus.OPEN, OrderStatus.CANCELLED, OrderStatus.SHIPPED), OrderStatus.CLOSED, "close");
    }
}
