package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code mark-shipped}: from OPEN to SHIPPED. */
@Component(service = OrderAction.class, property = OrderAction.NAME + "=" + MarkShippedAction.ACTION)
public class MarkShippedAction extends StatusAction {
    static final String ACTION = "mark-shipped";

    public MarkShippedAction() {
        super(ACTION, "Mark as shipped", Set.of(OrderStatus.OPEN), OrderStatus.SHIPPED, "ship");
    }
}
