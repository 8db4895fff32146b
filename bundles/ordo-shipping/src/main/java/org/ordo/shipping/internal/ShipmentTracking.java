package org.ordo.shipping.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.registry.Keyed;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.shipping.Carrier;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What happens to a shipment after it is recorded: corrections of its carrier and tracking number,
 * each kept in its history, and the carrier's tracking events. Writers take the order's turn, as
 * {@link Shipments} does, so no correction or event is lost to a concurrent one.
 */
@Component(service = ShipmentTracking.class)
public class ShipmentTracking {
    /** Clocks differ a little; an event further in the future than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Tracking events a shipment may have: a parcel's scans are a few dozen even on a long journey. */
    static final int MAX_EVENTS = 100;
    /** Corrections a shipment may have: its carrier or tracking number fixed far more often than anyone does. */
    static final int MAX_CORRECTIONS = 50;

    private final Transactions tx;
    private final OrderService orders;
    private final Shipments shipments;
    private final Carriers carriers;
    private final ItemStates itemStates;

    @Activate
    public ShipmentTracking(@Reference(target = "(osgi.unit.name=ordo-shipping)") JpaTemplate jpa,
            @Reference OrderService orders, @Reference Shipments shipments, @Reference Carriers carriers,
            @Reference ItemStates itemStates) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
        this.shipments = shipments;
        this.carriers = carriers;
        this.itemStates = itemStates;
    }

    /** Corrects carrier and tracking number; a field sent with its current value is no correction. */
    public ShipmentDTO correct(String id, ShipmentRequests.Correct input, Long ifMatch, String actor) {
        long shipmentId = Shipments.parse(id);
        Violations v = new Violations();
        v.check(input.carrier == null && input.trackingNumber == null, "body", "give the carrier or trackingNumber to correct");
        Keyed<Carrier> carrier = input.carrier == null ? null : shipments.checkCarrier(v, input.carrier);
        String trackingNumber = Shipments.checkTrackingNumber(v, input.trackingNumber, false);
        v.throwIfAny();
        String orderId = shipments.get(id).orderId;
        ShippedOrders.prepare(tx, orderId);
        return tx.inTransaction(em -> {
            ShippedOrders.lock(em, orderId);
            ShipmentEntity shipment = Shipments.find(em, shipmentId, id);
            EntityVersions.check(ifMatch, shipment.version);
            Instant now = Instant.now();
            boolean changed = false;
            if (carrier != null && !carrier.key().equals(shipment.carrier)) {
                shipment.corrections.add(correction("carrier", shipment.carrier, carrier.key(), actor, now));
                shipment.carrier = carrier.key();
                changed = true;
            }
            if (trackingNumber != null && !trackingNumber.equals(shipment.trackingNumber)) {
                shipment.corrections.add(correction("trackingNumber", shipment.trackingNumber, trackingNumber, actor, now));
                shipment.trackingNumber = trackingNumber;
                changed = true;
            }
            if (changed) {
                // Refused before anything is flushed: the rollback leaves the shipment as it was
                requireRoom("history", shipment, shipment.corrections.size(), MAX_CORRECTIONS, "corrections");
                // a carrier that has gone since leaves the shipment without a tracking page rather than a stale one
                Keyed<Carrier> current = carrier != null ? carrier : carriers.find(shipment.carrier).orElse(null);
                shipment.trackingUrl = current == null ? null : Carriers.trackingUrl(current, shipment.trackingNumber);
                em.flush();
            }
            return ShipmentMapper.toDTO(shipment);
        });
    }

    /**
     * Appends a tracking event; the shipment's status becomes that of its latest event. When that
     * makes it DELIVERED, the lines all of whose units are now delivered take {@code deliver}.
     */
    public ShipmentDTO track(String id, ShipmentRequests.Track input, String actor) {
        long shipmentId = Shipments.parse(id);
        check(input);
        String orderId = shipments.get(id).orderId;
        ShippedOrders.prepare(tx, orderId);
        return tx.inTransaction(em -> {
            ShippedOrders.lock(em, orderId);
            ShipmentEntity shipment = Shipments.find(em, shipmentId, id);
            requireRoom("events", shipment, shipment.events.size() + 1, MAX_EVENTS, "tracking events");
            TrackingEvent event = new TrackingEvent();
            event.status = input.status;
            event.occurredAt = input.occurredAt;
            event.location = blankToNull(input.location);
            event.description = blankToNull(input.description);
            event.recordedAt = Instant.now();
            event.recordedBy = actor;
            shipment.events.add(event);
            String before = shipment.status;
            shipment.status = ShipmentStatus.of(shipment.events);
            em.flush();
            if (ShipmentStatus.DELIVERED.equals(shipment.status) && !ShipmentStatus.DELIVERED.equals(before)) {
                itemStates.delivered(orderId, deliveredLines(em, orders.get(orderId)), Shipments.describe(shipment), actor);
            }
            return ShipmentMapper.toDTO(shipment);
        });
    }

    /** Checked while the order's turn is held, so writes at once cannot pass the cap together. */
    private static void requireRoom(String field, ShipmentEntity shipment, int wouldHave, int max, String things) {
        if (wouldHave > max) {
            throw new ValidationException(field, "shipment " + shipment.id + " would have " + wouldHave + " " + things
                    + ", more than the " + max + " a shipment may have; nothing was recorded");
        }
    }

    private static void check(ShipmentRequests.Track input) {
        Violations v = new Violations();
        v.check(input.status == null || !ShipmentStatus.EVENT_STATUSES.contains(input.status), "status",
                "must be one of " + ShipmentStatus.EVENT_STATUSES);
        if (input.occurredAt == null) {
            v.add("occurredAt", "is required, such as 2026-11-22T10:15:30Z");
        } else if (input.occurredAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            v.add("occurredAt", "is in the future; a tracking event reports what happened");
        }
        v.check(input.location != null && input.location.length() > 200, "location", "must be at most 200 characters");
        v.check(input.description != null && input.description.length() > 1000, "description",
                "must be at most 1000 characters");
        v.throwIfAny();
    }

    /** The order's lines all of whose units are in delivered shipments. */
    private static List<String> deliveredLines(EntityManager em, OrderDTO order) {
        Map<String, Integer> delivered = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.itemId, SUM(i.quantity) FROM ShipmentEntity s JOIN s.items i"
                + " WHERE s.orderId = :o AND s.status = :delivered GROUP BY i.itemId", Object[].class)
                .setParameter("o", order.id).setParameter("delivered", ShipmentStatus.DELIVERED).getResultList()) {
            delivered.put((String) row[0], ((Number) row[1]).intValue());
        }
        List<String> lines = new ArrayList<>();
        for (OrderLineDTO line : order.lines) {
            if (delivered.getOrDefault(line.id, 0) >= line.quantity) {
                lines.add(line.id);
            }
        }
        return lines;
    }

    private static Correction correction(String field, String from, String to, String actor, Instant at) {
        Correction correction = new Correction();
        correction.field = field;
        correction.oldValue = from;
        correction.newValue = to;
        correction.correctedBy = actor;
        correction.correctedAt = at;
        return correction;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
