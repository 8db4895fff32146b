package org.ordo.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.StatusChange;
import org.ordo.lifecycle.internal.ActionOutcome.StockRelease;
import org.ordo.lifecycle.internal.process.ItemProcess;

/** Works out what an item event does to an order's lines, without changing anything. */
final class ItemChanges {
    private ItemChanges() {
    }

    /**
     * Adds to {@code change} the event's effect on the lines: those in {@code only} (all when null)
     * that can take it. Answers the lines that were asked for by id but cannot take it.
     */
    static List<OrderLineDTO> fire(ItemProcess process, OrderDTO order, String event, Set<String> only,
            StatusChange change) {
        List<OrderLineDTO> refused = new ArrayList<>();
        for (OrderLineDTO line : order.lines) {
            if (only != null && !only.contains(line.id)) {
                continue;
            }
            String next = process.next(line.state, event).orElse(null);
            if (next == null) {
                refused.add(line);
                continue;
            }
            change.lineStates.put(line.id, next);
            if (process.isCancelled(next)) {
                change.releaseStock.add(line.id);
            } else if (process.isShipped(next)) {
                change.consumeStock.add(line.id);
            }
        }
        return refused;
    }

    /** The order as the change would leave it, for a dry run or for deciding what follows. */
    static OrderDTO preview(OrderDTO order, StatusChange change) {
        OrderDTO after = new OrderDTO();
        after.id = order.id;
        after.number = order.number;
        after.status = change.toStatus != null ? change.toStatus : order.status;
        after.customerId = order.customerId;
        after.channel = order.channel;
        after.currency = order.currency;
        after.createdAt = order.createdAt;
        after.updatedAt = order.updatedAt;
        after.expiresAt = order.expiresAt;
        after.version = order.version;
        after.billingAddress = order.billingAddress;
        after.shippingAddress = order.shippingAddress;
        after.shippingMethod = order.shippingMethod;
        after.freeShipping = order.freeShipping;
        after.couponCodes = order.couponCodes;
        after.flags = order.flags;
        after.totals = order.totals;
        after.adjustments = order.adjustments;
        after.source = order.source;
        after.note = order.note;
        after.createdBy = order.createdBy;
        for (OrderLineDTO line : order.lines) {
            OrderLineDTO copy = new OrderLineDTO();
            copy.id = line.id;
            copy.sku = line.sku;
            copy.name = line.name;
            copy.quantity = line.quantity;
            copy.unitPrice = line.unitPrice;
            copy.taxRate = line.taxRate;
            copy.total = line.total;
            copy.state = change.lineStates.getOrDefault(line.id, line.state);
            after.lines.add(copy);
        }
        return after;
    }

    static List<StockRelease> released(OrderDTO order, StatusChange change) {
        return order.lines.stream().filter(line -> change.releaseStock.contains(line.id))
                .map(line -> new StockRelease(line.sku, line.quantity)).toList();
    }
}
