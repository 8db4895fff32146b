package org.ordo.core.internal.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.ordo.api.error.Violations;
import org.ordo.api.security.Actor;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.Ids;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductEntity;
import org.ordo.core.internal.pricing.PriceOverrides;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Edits an open order: addresses, note, shipping method and its lines, under the same bounds and
 * price limits as a new order, moving stock by the difference. Says what changed, for the history.
 */
@Component(service = OrderEditor.class)
public class OrderEditor {
    private final Catalog catalog;
    private final OrderPricing pricing;
    private final PriceOverrides overrides;

    @Activate
    public OrderEditor(@Reference Catalog catalog, @Reference OrderPricing pricing, @Reference PriceOverrides overrides) {
        this.catalog = catalog;
        this.pricing = pricing;
        this.overrides = overrides;
    }

    /**
     * Applies a patch within the caller's transaction; the caller saves. Answers what changed, such as
     * {@code note, lines (LAMP-1 3 -> 5)}, or null when nothing did.
     */
    String apply(EntityManager em, OrderEntity order, OrderPatch patch, Actor actor) {
        OrderInputChecks.checkPatch(patch);
        Violations v = new Violations();
        List<String> changed = new ArrayList<>();
        if (patch.billingAddress != null) {
            order.billingAddress = OrderParts.address(em, order.customerId, patch.billingAddress, "billingAddress", v);
            changed.add("billing address");
        }
        if (patch.shippingAddress != null) {
            order.shippingAddress = OrderParts.address(em, order.customerId, patch.shippingAddress, "shippingAddress", v);
            changed.add("shipping address");
        }
        v.throwIfAny();
        if (patch.note != null && !patch.note.equals(order.note)) {
            order.note = patch.note;
            changed.add("note");
        }
        String method = patch.shippingMethod == null || patch.shippingMethod.isBlank() ? null : patch.shippingMethod;
        if (patch.shippingMethod != null && !Objects.equals(method, order.shippingMethod)) {
            changed.add("shipping method " + order.shippingMethod + " -> " + method);
            order.shippingMethod = method;
        }
        if (patch.freeShipping != null && patch.freeShipping != order.freeShipping) {
            order.freeShipping = patch.freeShipping;
            changed.add("free shipping " + order.freeShipping);
        }
        if (patch.lines != null) {
            String lines = replaceLines(em, order, patch.lines, actor);
            if (lines != null) {
                changed.add("lines (" + lines + ")");
            }
        }
        pricing.price(order);
        LineLimits.checkTotals(order);
        return changed.isEmpty() ? null : String.join(", ", changed);
    }

    private String replaceLines(EntityManager em, OrderEntity order, List<OrderInput.LineInput> wanted, Actor actor) {
        Violations v = new Violations();
        Map<String, OrderLineEntity> existing = new HashMap<>();
        order.lines.forEach(line -> existing.put(Ids.format(line.id), line));
        List<String> skus = new ArrayList<>();
        wanted.forEach(l -> skus.add(l.id == null ? l.sku : existing.containsKey(l.id) ? existing.get(l.id).sku : null));
        Map<String, ProductEntity> products = catalog.products(em, skus.stream().filter(Objects::nonNull).toList());
        List<OrderInput.LineInput> added = new ArrayList<>();
        List<OrderLineEntity> kept = new ArrayList<>();
        List<OrderInput.LineInput> keptInputs = new ArrayList<>();
        List<Checks.Units> units = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            OrderInput.LineInput line = wanted.get(i);
            units.add(new Checks.Units(skus.get(i), line.quantity));
            if (line.id == null) {
                ProductEntity product = products.get(line.sku);
                if (product == null) {
                    v.add("lines[" + i + "].sku", "no product with sku " + line.sku);
                } else if (!product.getCurrency().equals(order.currency)) {
                    v.add("lines[" + i + "].sku", line.sku + " is priced in " + product.getCurrency() + ", the order in " + order.currency);
                } else {
                    added.add(line);
                }
                continue;
            }
            OrderLineEntity current = existing.get(line.id);
            if (current == null || kept.contains(current)) {
                v.add("lines[" + i + "].id", "no line " + line.id + " on this order");
            } else if (line.sku != null && !line.sku.equals(current.sku)) {
                v.add("lines[" + i + "].sku", "line " + line.id + " is " + current.sku + "; add a new line for another product");
            } else if (!current.stockHeld && changes(current, line)) {
                v.add("lines[" + i + "].quantity", "line " + line.id + " is " + current.state
                        + "; a line that has left stock or given it back keeps its quantity and price");
            } else {
                kept.add(current);
                keptInputs.add(line);
            }
        }
        for (OrderLineEntity current : order.lines) {
            if (!current.stockHeld && wanted.stream().noneMatch(l -> Ids.format(current.id).equals(l.id))) {
                v.add("lines", "line " + current.id + " is " + current.state + "; it stays on the order as a record");
            }
        }
        Checks.lineBounds(v, units, "lines", i -> "lines[" + i + "].quantity");
        for (int i = 0; i < wanted.size(); i++) {
            Checks.amount(v, "lines[" + i + "].unitPrice", wanted.get(i).unitPrice, order.currency, false);
        }
        v.throwIfAny();
        for (int i = 0; i < wanted.size(); i++) {
            ProductEntity product = products.get(skus.get(i));
            if (wanted.get(i).unitPrice != null && product != null) {
                overrides.check(actor, "lines[" + i + "].unitPrice", wanted.get(i).unitPrice, product.getPrice(), order.currency);
            }
        }
        moveStock(em, order, kept, keptInputs, added);
        return rebuild(order, kept, keptInputs, added, products, actor);
    }

    private static boolean changes(OrderLineEntity line, OrderInput.LineInput input) {
        return input.quantity != line.quantity || input.unitPrice != null && input.unitPrice.compareTo(line.unitPrice) != 0;
    }

    /** Stock first: its updates flush nothing, and a refusal must come before any line changes. */
    private void moveStock(EntityManager em, OrderEntity order, List<OrderLineEntity> kept,
            List<OrderInput.LineInput> keptInputs, List<OrderInput.LineInput> added) {
        Map<String, Integer> delta = new TreeMap<>();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).stockHeld) {
                delta.merge(kept.get(i).sku, keptInputs.get(i).quantity - kept.get(i).quantity, Integer::sum);
            }
        }
        for (OrderLineEntity current : order.lines) {
            if (!kept.contains(current) && current.stockHeld) {
                delta.merge(current.sku, -current.quantity, Integer::sum);
            }
        }
        added.forEach(line -> delta.merge(line.sku, line.quantity, Integer::sum));
        delta.forEach((sku, change) -> {
            if (change > 0) {
                catalog.reserve(em, sku, change, "lines");
            } else if (change < 0) {
                catalog.release(em, sku, -change);
            }
        });
    }

    private static String rebuild(OrderEntity order, List<OrderLineEntity> kept, List<OrderInput.LineInput> keptInputs,
            List<OrderInput.LineInput> added, Map<String, ProductEntity> products, Actor actor) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            OrderLineEntity line = kept.get(i);
            OrderInput.LineInput input = keptInputs.get(i);
            if (line.quantity != input.quantity) {
                changes.add(line.sku + " " + line.quantity + " -> " + input.quantity);
                line.quantity = input.quantity;
            }
            if (input.unitPrice != null && input.unitPrice.compareTo(line.unitPrice) != 0) {
                line.unitPrice = input.unitPrice;
                line.catalogPrice = products.get(line.sku).getPrice();
                line.priceSetBy = line.unitPrice.compareTo(line.catalogPrice) == 0 ? null : actor.name();
                changes.add(line.priceSetBy == null ? line.sku + " back at the catalogue price" : OrderParts.override(line));
            }
        }
        order.lines.stream().filter(line -> !kept.contains(line)).forEach(line -> changes.add(line.sku + " removed"));
        order.lines.removeIf(line -> !kept.contains(line));
        for (OrderInput.LineInput input : added) {
            OrderLineEntity line = OrderParts.newLine(order, products.get(input.sku), input.quantity, input.unitPrice,
                    actor.name());
            order.lines.add(line);
            changes.add(line.sku + " added" + (line.priceSetBy == null ? "" : " " + OrderParts.override(line)));
        }
        for (int i = 0; i < order.lines.size(); i++) {
            order.lines.get(i).position = i;
        }
        return changes.isEmpty() ? null : String.join("; ", changes);
    }
}
