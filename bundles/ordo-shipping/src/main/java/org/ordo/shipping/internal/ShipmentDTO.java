package org.ordo.shipping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A shipment as the API shows it. */
public class ShipmentDTO {
    public String id;
    public String orderId;
    public String carrier;
    public String trackingNumber;
    public String trackingUrl;
    public String status;
    public List<Item> items = new ArrayList<>();
    /** By when they occurred, oldest first. */
    public List<Event> events = new ArrayList<>();
    /** Corrections of carrier and tracking number, oldest first. */
    public List<Change> history = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public long version;

    public static class Item {
        public String itemId;
        public String sku;
        public int quantity;
    }

    public static class Event {
        public String status;
        public Instant occurredAt;
        public String location;
        public String description;
        public Instant recordedAt;
        public String recordedBy;
    }

    public static class Change {
        public String field;
        public String from;
        public String to;
        public String by;
        public Instant at;
    }
}
