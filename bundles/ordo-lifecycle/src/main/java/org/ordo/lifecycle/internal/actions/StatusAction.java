package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.ActionPlan;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;

/**
 * An action allowed from some statuses that moves the order to another and fires an item event. Its
 * name, which its component also declares as {@link OrderAction#NAME}, goes into its refusals.
 */
abstract class StatusAction implements OrderAction {
    private final String name;
    private final String label;
    private final Set<String> from;
    private final String to;
    private final String itemEvent;

    StatusAction(String name, String label, Set<String> from, String to, String itemEvent) {
        this.name = name;
        this.label = label;
        this.from = from;
        this.to = to;
        this.itemEvent = itemEvent;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String refusal(OrderDTO order) {
        return from.contains(order.status) ? null
                : "the order is " + order.status + "; " + name + " needs it to be " + String.join(" or ", from);
    }

    @Override
    public ActionPlan plan(OrderDTO order) {
        return ActionPlan.toStatus(to, itemEvent);
    }
}
