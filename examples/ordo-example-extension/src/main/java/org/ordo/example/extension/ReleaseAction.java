package org.ordo.example.extension;

import org.ordo.api.lifecycle.ActionPlan;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code release}: an order on hold is open again. */
@Component(property = OrderAction.NAME + "=release")
public class ReleaseAction implements OrderAction {

    @Override
    public String label() {
        return "Release the hold";
    }

    @Override
    public String refusal(OrderDTO order) {
        return HoldAction.ON_HOLD.equals(order.status) ? null : "Only an order ON_HOLD can be released; this one is " + order.status;
    }

    @Override
    public ActionPlan plan(OrderDTO order) {
        return ActionPlan.toStatus(OrderStatus.OPEN);
    }
}
