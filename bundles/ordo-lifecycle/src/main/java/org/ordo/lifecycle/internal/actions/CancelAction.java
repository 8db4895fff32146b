package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code cancel}: from OPEN to CANCELLED. */
@Component(service = OrderAction.class, property = OrderAction.NAME + "=" + CancelAction.ACTION)
public class CancelAction extends StatusAction {
    static final String ACTION = "cancel";

    public CancelAction() {
        super(ACTION, "Cancel order", Set.of(OrderStatus.OPEN), OrderStatus.CANCELLED, "cancel");
    }
}
