package org.ordo.lifecycle.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.lifecycle.ActionPlan;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.order.StatusChange;
import org.ordo.api.registry.Keyed;
import org.ordo.api.rest.EntityVersions;
import org.ordo.lifecycle.internal.process.ItemProcess;
import org.ordo.lifecycle.internal.process.ItemProcesses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes order actions and fires item events. Each is planned on the order as read and applied only
 * to that version; when another change got there first, it reads the order again and decides anew,
 * so the outcome is always one the order's current state allows.
 */
@Component(service = Lifecycle.class)
public class Lifecycle {
    public static final String SYSTEM = "system";
    private static final int ATTEMPTS = 5;

    private final OrderService orders;
    private final ActionRegistry actions;
    private final ItemProcesses processes;

    @Activate
    public Lifecycle(@Reference OrderService orders, @Reference ActionRegistry actions, @Reference ItemProcesses processes) {
        this.orders = orders;
        this.actions = actions;
        this.processes = processes;
    }

    /** An action as offered on an order: whether it is allowed now, and why not. */
    public record Offer(String name, String label, Boolean allowed, String reason) {
    }

    public List<Offer> offers(String orderId, boolean all) {
        OrderDTO order = orders.get(orderId);
        List<Offer> offers = new ArrayList<>();
        for (Keyed<OrderAction> keyed : actions.actions()) {
            OrderAction action = keyed.service();
            String refusal = action.refusal(order);
            if (all) {
                offers.add(new Offer(keyed.key(), action.label(), refusal == null, refusal));
            } else if (refusal == null) {
                offers.add(new Offer(keyed.key(), action.label(), null, null));
            }
        }
        return offers;
    }

    public ActionOutcome perform(String orderId, String name, String comment, Long ifMatch, String actor, boolean dryRun) {
        OrderAction action = actions.find(name).orElseThrow(
                () -> new NotFoundException("There is no order action '" + name + "'; installed: " + actions.names()));
        for (int attempt = 1;; attempt++) {
            OrderDTO order = orders.get(orderId);
            EntityVersions.check(ifMatch, order.version);
            String refusal = action.refusal(order);
            if (refusal != null) {
                throw new ConflictException("Cannot " + name + " order " + order.number + ": " + refusal,
                        Map.of("allowedActions", allowedNames(order)));
            }
            ActionPlan plan = action.plan(order);
            StatusChange change = change(order, name, actor, comment);
            change.toStatus = plan.toStatus();
            if (plan.itemEvent() != null) {
                ItemChanges.fire(processes.current(), order, plan.itemEvent(), null, change);
            }
            if (dryRun) {
                OrderDTO after = ItemChanges.preview(order, change);
                return new ActionOutcome(true, after, ItemChanges.released(order, change), events(order, after));
            }
            try {
                OrderDTO after = orders.transition(order.id, change);
                return new ActionOutcome(false, after, ItemChanges.released(order, change), events(order, after));
            } catch (ConflictException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    /**
     * Fires an item event on the listed items (all or nothing), or on every item that can take it.
     * When that leaves every item cancelled, or every live item shipped, the order follows.
     */
    public OrderDTO fireItemEvent(String orderId, String event, List<String> itemIds, String comment, String actor) {
        return fireItemEvent(orderId, event, itemIds, comment, actor, true);
    }

    /**
     * As {@link #fireItemEvent(String, String, List, String, String)}; when {@code allOrNothing} is
     * false, listed items that cannot take the event are left as they are instead of refusing.
     */
    public OrderDTO fireItemEvent(String orderId, String event, List<String> itemIds, String comment, String actor,
            boolean allOrNothing) {
        ItemProcess process = processes.current();
        if (!process.knows(event)) {
            throw new NotFoundException("There is no item event '" + event + "'; the item process knows "
                    + process.transitions().keySet());
        }
        Set<String> only = itemIds == null || itemIds.isEmpty() ? null : new LinkedHashSet<>(itemIds);
        for (int attempt = 1;; attempt++) {
            OrderDTO order = orders.get(orderId);
            if (OrderStatus.ARCHIVED.equals(order.status)) {
                throw new ConflictException("Order " + order.number + " is archived; its items no longer change");
            }
            if (only != null) {
                Set<String> unknown = new LinkedHashSet<>(only);
                order.lines.forEach(line -> unknown.remove(line.id));
                if (!unknown.isEmpty()) {
                    throw new ValidationException("itemIds", "no items " + unknown + " on order " + order.number);
                }
            }
            StatusChange change = change(order, "item:" + event, actor, comment);
            List<OrderLineDTO> refused = ItemChanges.fire(process, order, event, only, change);
            if (allOrNothing && only != null && !refused.isEmpty()) {
                OrderLineDTO first = refused.get(0);
                throw new ConflictException("Item " + first.id + " (" + first.sku + ") is " + first.state
                        + " and cannot take the event " + event + "; nothing was changed");
            }
            if (change.lineStates.isEmpty()) {
                return order;
            }
            try {
                return settle(orders.transition(order.id, change), process);
            } catch (ConflictException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    /** An open order whose items are all cancelled is cancelled; one whose live items all shipped, shipped. */
    private OrderDTO settle(OrderDTO order, ItemProcess process) {
        if (!OrderStatus.OPEN.equals(order.status) || order.lines.isEmpty()) {
            return order;
        }
        List<OrderLineDTO> live = order.lines.stream().filter(line -> !process.isCancelled(line.state)).toList();
        StatusChange change = change(order, null, SYSTEM, null);
        if (live.isEmpty()) {
            change.action = "cancel";
            change.toStatus = OrderStatus.CANCELLED;
            change.comment = "every item is cancelled";
        } else if (live.stream().allMatch(line -> process.isShipped(line.state))) {
            change.action = "mark-shipped";
            change.toStatus = OrderStatus.SHIPPED;
            change.comment = "every item is shipped";
        } else {
            return order;
        }
        try {
            return orders.transition(order.id, change);
        } catch (ConflictException lostRace) {
            return orders.get(order.id);
        }
    }

    public List<String> allowedNames(OrderDTO order) {
        List<String> allowed = new ArrayList<>();
        for (Keyed<OrderAction> action : actions.actions()) {
            if (action.service().refusal(order) == null) {
                allowed.add(action.key());
            }
        }
        return allowed;
    }

    private static StatusChange change(OrderDTO order, String action, String actor, String comment) {
        StatusChange change = new StatusChange();
        change.action = action;
        change.actor = actor;
        change.comment = comment;
        change.expectedVersion = order.version;
        return change;
    }

    private static List<String> events(OrderDTO before, OrderDTO after) {
        return List.of(before.status.equals(after.status) ? "UPDATED" : "STATUS_CHANGED");
    }
}
