package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code mark-shipped}: from OPEN to SHIPPED. */
@Component(service = OrderAction.class, property = "ordo.action=mark-shipped")
public class MarkShippedAction extends StatusAction {
    public MarkShippedAction() {
        super("mark-shipped", "Mark as shipped", Set.of(OrderStatus.OPEN), OrderStatus.SHIPPED, "ship");
    }
}
