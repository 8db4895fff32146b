package org.ordo.shipping.internal;

import java.util.Comparator;
import java.util.List;

/**
 * A shipment's status is that of its latest tracking event by when it occurred, whatever the order
 * the carrier reported them in; two events at the same instant count in the order they were recorded.
 */
public final class ShipmentStatus {
    /** A shipment no tracking event has been recorded for yet. */
    public static final String CREATED = "CREATED";
    public static final String DELIVERED = "DELIVERED";
    public static final String EXCEPTION = "EXCEPTION";
    public static final List<String> EVENT_STATUSES = List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", DELIVERED, EXCEPTION);

    private ShipmentStatus() {
    }

    /** The events by when they occurred; a stable sort keeps the recording order of ties. */
    static List<TrackingEvent> chronological(List<TrackingEvent> recorded) {
        return recorded.stream().sorted(Comparator.comparing((TrackingEvent e) -> e.occurredAt)).toList();
    }

    static String of(List<TrackingEvent> recorded) {
        List<TrackingEvent> events = chronological(recorded);
        return events.isEmpty() ? CREATED : events.get(events.size() - 1).status;
    }
}
