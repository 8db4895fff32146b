package org.ordo.lifecycle.internal;

import java.util.List;

import org.ordo.api.order.OrderDTO;

/**
 * What an action did or, for a dry run, would do: the order after it, the stock given back, and the
 * order events it raises (what notifications are sent for).
 */
public record ActionOutcome(boolean dryRun, OrderDTO order, List<StockRelease> stockReleased, List<String> events) {

    public record StockRelease(String sku, int quantity) {
    }
}
