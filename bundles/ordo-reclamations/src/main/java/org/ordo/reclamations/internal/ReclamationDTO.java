package org.ordo.reclamations.internal;

import java.time.Instant;
import java.util.List;

/** A reclamation as the API shows it, and as a request to open one. */
public class ReclamationDTO {
    public String id;
    public String orderId;
    public String status;
    public String reason;
    public List<Item> items;
    public String resolution;
    public Instant createdAt;
    public String createdBy;
    public Instant closedAt;
    public String closedBy;

    public static class Item {
        public String itemId;
        public String sku;
        public Integer quantity;
    }
}
