package org.ordo.shipping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.registry.Keyed;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.shipping.Carrier;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shipments of all or some of an open order's items. Recording one locks the order's row first, so
 * shipments racing for the same units take turns and the later one sees what the earlier took. With
 * the lifecycle installed, a shipment that completes lines fires {@code ship} on them in the same
 * turn; when the lifecycle refuses, the shipment is not kept.
 */
@Component(service = Shipments.class)
public class Shipments {
    static final int MAX_TRACKING_NUMBER = 100;
    /**
     * Shipments an order may have: far beyond what partial deliveries of one order need, and one page,
     * so {@link OrderShipmentsService} hands every one of them to other capabilities in one read.
     */
    static final int MAX_PER_ORDER = PageRequest.MAX_SIZE;

    private final Transactions tx;
    private final OrderService orders;
    private final Carriers carriers;
    private final ItemStates itemStates;

    @Activate
    public Shipments(@Reference(target = "(osgi.unit.name=ordo-shipping)") JpaTemplate jpa, @Reference OrderService orders,
            @Reference Carriers carriers, @Reference ItemStates itemStates) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
        this.carriers = carriers;
        this.itemStates = itemStates;
    }

    public ShipmentDTO create(String orderId, ShipmentRequests.Create input, String actor) {
        Violations v = new Violations();
        Keyed<Carrier> carrier = checkCarrier(v, input.carrier);
        String trackingNumber = checkTrackingNumber(v, input.trackingNumber, true);
        v.throwIfAny();
        OrderDTO order = orders.get(orderId);
        requireOpen(order);
        String trackingUrl = Carriers.trackingUrl(carrier, trackingNumber);
        ShippedOrders.prepare(tx, order.id);
        return tx.inTransaction(em -> {
            ShippedOrders.lock(em, order.id);
            OrderDTO current = orders.get(order.id);
            requireOpen(current);
            requireRoomForAnother(em, current);
            Map<String, Integer> shipped = shippedPerItem(em, current.id);
            boolean everything = input.items == null || input.items.isEmpty();
            if (everything) {
                requireSomethingShippable(current, shipped);
            }
            List<ShippedItem> items = ShipmentPlan.plan(current.number, planLines(current, shipped, everything),
                    wanted(input.items));
            requireShippable(current, items);
            ShipmentEntity shipment = new ShipmentEntity();
            shipment.orderId = current.id;
            shipment.carrier = carrier.key();
            shipment.trackingNumber = trackingNumber;
            shipment.trackingUrl = trackingUrl;
            shipment.status = ShipmentStatus.CREATED;
            shipment.createdAt = Instant.now();
            shipment.createdBy = actor;
            shipment.items.addAll(items);
            em.persist(shipment);
            em.flush();
            itemStates.shipped(current.id, completed(current, shipped, items), describe(shipment), actor);
            return ShipmentMapper.toDTO(shipment);
        });
    }

    public Page<ShipmentDTO> list(String orderId, PageRequest page) {
        OrderDTO order = orders.get(orderId);
        // EclipseLink's batch fetch fails on these embeddable collections (a DescriptorException on
        // ShippedItem.itemId); an order has a handful of shipments, each read with its own three queries
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.orderId = :o ORDER BY s.createdAt, s.id",
                        ShipmentEntity.class).setParameter("o", order.id),
                countOf(em, order.id), page, ShipmentMapper::toDTO));
    }

    public ShipmentDTO get(String id) {
        long shipmentId = parse(id);
        return tx.inTransaction(em -> ShipmentMapper.toDTO(find(em, shipmentId, id)));
    }

    /** The ids of the order lines in the shipment, when it is one of the order's. */
    public Optional<List<String>> itemIds(String orderId, String shipmentId) {
        if (shipmentId == null || !shipmentId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> {
            ShipmentEntity shipment = em.find(ShipmentEntity.class, Long.parseLong(shipmentId));
            if (shipment == null || !shipment.orderId.equals(orderId)) {
                return Optional.empty();
            }
            return Optional.of(shipment.items.stream().map(item -> item.itemId).distinct().toList());
        });
    }

    public long countInStatus(String status) {
        return tx.inTransaction(em -> em.createQuery("SELECT COUNT(s) FROM ShipmentEntity s WHERE s.status = :s", Long.class)
                .setParameter("s", status).getSingleResult());
    }

    public void forgetOrder(String orderId) {
        tx.run(em -> {
            em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.orderId = :o", ShipmentEntity.class)
                    .setParameter("o", orderId).getResultList().forEach(em::remove);
            ShippedOrderEntity row = em.find(ShippedOrderEntity.class, orderId);
            if (row != null) {
                em.remove(row);
            }
        });
    }

    Keyed<Carrier> checkCarrier(Violations v, String code) {
        if (code == null || code.isBlank()) {
            v.add("carrier", "is required; known carriers: " + carriers.codes());
            return null;
        }
        Optional<Keyed<Carrier>> carrier = carriers.find(code);
        if (carrier.isEmpty()) {
            v.add("carrier", "unknown carrier " + code.trim() + "; known carriers: " + carriers.codes());
        }
        return carrier.orElse(null);
    }

    static String checkTrackingNumber(Violations v, String trackingNumber, boolean required) {
        if (trackingNumber == null) {
            v.check(required, "trackingNumber", "is required");
            return null;
        }
        String trimmed = trackingNumber.trim();
        v.check(trimmed.isEmpty(), "trackingNumber", "must not be empty");
        v.check(trimmed.length() > MAX_TRACKING_NUMBER, "trackingNumber", "must be at most " + MAX_TRACKING_NUMBER + " characters");
        return trimmed;
    }

    static ShipmentEntity find(EntityManager em, long shipmentId, String id) {
        ShipmentEntity shipment = em.find(ShipmentEntity.class, shipmentId);
        if (shipment == null) {
            throw NotFoundException.of("Shipment", id);
        }
        return shipment;
    }

    static long parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw NotFoundException.of("Shipment", id);
        }
        return Long.parseLong(id);
    }

    static String describe(ShipmentEntity shipment) {
        return "shipment " + shipment.id + " (" + shipment.carrier + " " + shipment.trackingNumber + ")";
    }

    /** How many units of each line the order's shipments carry. */
    static Map<String, Integer> shippedPerItem(EntityManager em, String orderId) {
        Map<String, Integer> shipped = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.itemId, SUM(i.quantity) FROM ShipmentEntity s JOIN s.items i"
                + " WHERE s.orderId = :o GROUP BY i.itemId", Object[].class).setParameter("o", orderId).getResultList()) {
            shipped.put((String) row[0], ((Number) row[1]).intValue());
        }
        return shipped;
    }

    private static TypedQuery<Long> countOf(EntityManager em, String orderId) {
        return em.createQuery("SELECT COUNT(s) FROM ShipmentEntity s WHERE s.orderId = :o", Long.class)
                .setParameter("o", orderId);
    }

    /** Counted while the order's turn is held, so shipments recorded at once cannot pass the cap together. */
    private static void requireRoomForAnother(EntityManager em, OrderDTO order) {
        if (countOf(em, order.id).getSingleResult() >= MAX_PER_ORDER) {
            throw new ValidationException("shipments", "order " + order.number + " has " + MAX_PER_ORDER
                    + " shipments, as many as an order may have; nothing was recorded");
        }
    }

    private static void requireOpen(OrderDTO order) {
        if (!OrderStatus.OPEN.equals(order.status)) {
            throw new ConflictException("Order " + order.number + " is " + order.status
                    + "; shipments are recorded while an order is OPEN");
        }
    }

    /** The lines a shipment may draw on: all of them when items are named, else those that can be shipped now. */
    private List<ShipmentPlan.Line> planLines(OrderDTO order, Map<String, Integer> shipped, boolean onlyShippable) {
        List<ShipmentPlan.Line> lines = new ArrayList<>();
        for (OrderLineDTO line : order.lines) {
            if (!onlyShippable || itemStates.canShip(line.state)) {
                lines.add(new ShipmentPlan.Line(line.id, line.sku, line.quantity, shipped.getOrDefault(line.id, 0)));
            }
        }
        return lines;
    }

    private static List<ShipmentPlan.Wanted> wanted(List<ShipmentRequests.Item> items) {
        return items == null ? null
                : items.stream().map(i -> i == null ? null : new ShipmentPlan.Wanted(i.itemId, i.quantity)).toList();
    }

    /** With no items named, refuses when units are left but none of them can be shipped now. */
    private void requireSomethingShippable(OrderDTO order, Map<String, Integer> shipped) {
        List<OrderLineDTO> left = order.lines.stream().filter(line -> line.quantity > shipped.getOrDefault(line.id, 0)).toList();
        if (!left.isEmpty() && left.stream().noneMatch(line -> itemStates.canShip(line.state))) {
            OrderLineDTO first = left.get(0);
            throw new ConflictException("No item of order " + order.number + " can be shipped now: item " + first.id + " ("
                    + first.sku + ") is " + first.state + "; nothing was recorded");
        }
    }

    private void requireShippable(OrderDTO order, List<ShippedItem> items) {
        for (OrderLineDTO line : order.lines) {
            if (items.stream().anyMatch(item -> item.itemId.equals(line.id)) && !itemStates.canShip(line.state)) {
                throw new ConflictException("Item " + line.id + " (" + line.sku + ") is " + line.state
                        + " and cannot be shipped; nothing was recorded");
            }
        }
    }

    /** The lines whose last units this shipment carries. */
    private static List<String> completed(OrderDTO order, Map<String, Integer> shippedBefore, List<ShippedItem> items) {
        List<String> completed = new ArrayList<>();
        for (OrderLineDTO line : order.lines) {
            int now = items.stream().filter(item -> item.itemId.equals(line.id)).mapToInt(item -> item.quantity).sum();
            if (now > 0 && shippedBefore.getOrDefault(line.id, 0) + now == line.quantity) {
                completed.add(line.id);
            }
        }
        return completed;
    }
}
