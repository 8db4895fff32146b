package org.ordo.example.extension;

import org.ordo.api.lifecycle.ActionPlan;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/**
 * {@code hold}: parks an open order (a payment to check, a customer to call back). While it is
 * {@code ON_HOLD} no built-in action applies, since each of them asks for another status, and the
 * core's edits, coupons and auto-expiry only touch {@code OPEN} orders.
 */
@Component(property = OrderAction.NAME + "=hold")
public class HoldAction implements OrderAction {
    public static final String ON_HOLD = "ON_HOLD";

    @Override
    public String label() {
        return "Put on hold";
    }

    @Override
    public String refusal(OrderDTO order) {
        return OrderStatus.OPEN.equals(order.status) ? null : "Only an OPEN order can be put on hold; this one is " + order.status;
    }

    @Override
    public ActionPlan plan(OrderDTO order) {
        return ActionPlan.toStatus(ON_HOLD);
    }
}
