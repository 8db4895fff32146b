package org.ordo.shipping.internal;

import java.time.Instant;
import java.util.List;

/** What clients send to record, correct and track shipments. */
public final class ShipmentRequests {
    private ShipmentRequests() {
    }

    /** {@code POST /orders/{id}/shipments}: without items, every unit not shipped yet. */
    public static class Create {
        public String carrier;
        public String trackingNumber;
        public List<Item> items;
    }

    public static class Item {
        public String itemId;
        public Integer quantity;
    }

    /** {@code PATCH /shipments/{id}}: the fields to correct. */
    public static class Correct {
        public String carrier;
        public String trackingNumber;
    }

    /** {@code POST /shipments/{id}/events}. */
    public static class Track {
        public String status;
        public Instant occurredAt;
        public String location;
        public String description;
    }
}
