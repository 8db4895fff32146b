package org.ordo.api.shipping;

import java.util.ArrayList;
import java.util.List;

/** What left the warehouse for an order, as another capability (an email, say) tells the customer. */
public class ShipmentSummaryDTO {
    public String id;
    public String carrier;
    public String trackingNumber;
    public String trackingUrl;
    /** {@code CREATED} until its first tracking event, then the latest event's status. */
    public String status;
    public List<Item> items = new ArrayList<>();

    public static class Item {
        public String itemId;
        public String sku;
        public int quantity;
    }
}
