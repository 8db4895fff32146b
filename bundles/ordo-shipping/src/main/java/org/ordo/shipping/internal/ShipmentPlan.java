package org.ordo.shipping.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;

/**
 * Which units of an order a new shipment carries. Quantities may split a line over several
 * shipments, but all of a line's shipments together never carry more than was ordered.
 */
final class ShipmentPlan {
    private ShipmentPlan() {
    }

    /** An order line: how many were ordered and how many earlier shipments carry already. */
    record Line(String itemId, String sku, int ordered, int shipped) {
        int remaining() {
            return ordered - shipped;
        }
    }

    /** What the request asks for; either part may be missing. */
    record Wanted(String itemId, Integer quantity) {
    }

    /**
     * The shipment's items: those asked for, or, when none are, every unit not shipped yet.
     *
     * @throws ValidationException naming each request item at fault, or {@code items} when there is
     *         nothing left to ship
     */
    static List<ShippedItem> plan(String orderNumber, List<Line> lines, List<Wanted> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            List<ShippedItem> rest = new ArrayList<>();
            lines.stream().filter(line -> line.remaining() > 0).forEach(line -> rest.add(item(line, line.remaining())));
            if (rest.isEmpty()) {
                throw new ValidationException("items", "nothing is left to ship on order " + orderNumber);
            }
            return rest;
        }
        Map<String, Line> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.itemId(), line));
        Map<String, Integer> asked = new LinkedHashMap<>();
        Violations v = new Violations();
        for (int i = 0; i < wanted.size(); i++) {
            Wanted w = wanted.get(i);
            Line line = w == null ? null : byId.get(w.itemId());
            if (line == null) {
                v.add("items[" + i + "].itemId", "no item " + (w == null ? null : w.itemId()) + " on order " + orderNumber);
                continue;
            }
            if (w.quantity() == null || w.quantity() < 1) {
                v.add("items[" + i + "].quantity", "must be 1 or more");
                continue;
            }
            int total = asked.merge(line.itemId(), w.quantity(), Integer::sum);
            if (total > line.remaining()) {
                v.add("items[" + i + "].quantity", "item " + line.itemId() + " (" + line.sku() + ") was ordered "
                        + line.ordered() + " time(s) and " + line.shipped() + " shipped already; " + total
                        + " more is too many");
            }
        }
        v.throwIfAny();
        List<ShippedItem> items = new ArrayList<>();
        asked.forEach((itemId, quantity) -> items.add(item(byId.get(itemId), quantity)));
        return items;
    }

    private static ShippedItem item(Line line, int quantity) {
        ShippedItem item = new ShippedItem();
        item.itemId = line.itemId();
        item.sku = line.sku();
        item.quantity = quantity;
        return item;
    }
}
