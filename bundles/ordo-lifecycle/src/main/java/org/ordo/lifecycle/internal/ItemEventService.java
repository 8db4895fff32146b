package org.ordo.lifecycle.internal;

import java.util.List;

import org.ordo.api.lifecycle.ItemEvents;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.lifecycle.internal.process.ItemProcesses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The item process offered to other bundles, such as shipping, which fires {@code ship} and {@code deliver}. */
@Component
public class ItemEventService implements ItemEvents {
    private final Lifecycle lifecycle;
    private final ItemProcesses processes;
    private final OrderService orders;

    @Activate
    public ItemEventService(@Reference Lifecycle lifecycle, @Reference ItemProcesses processes,
            @Reference OrderService orders) {
        this.lifecycle = lifecycle;
        this.processes = processes;
        this.orders = orders;
    }

    @Override
    public boolean accepts(String itemState, String event) {
        return processes.current().next(itemState, event).isPresent();
    }

    @Override
    public OrderDTO fire(String orderId, String event, List<String> itemIds, String comment, String actor) {
        if (itemIds.isEmpty()) {
            return orders.get(orderId);
        }
        return lifecycle.fireItemEvent(orderId, event, itemIds, comment, actor, true);
    }

    @Override
    public OrderDTO fireWhereAccepted(String orderId, String event, List<String> itemIds, String comment, String actor) {
        if (itemIds.isEmpty()) {
            return orders.get(orderId);
        }
        return lifecycle.fireItemEvent(orderId, event, itemIds, comment, actor, false);
    }
}
