package org.ordo.api.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order as the API shows it. */
public class OrderDTO {
    public String id;
    /** Human-readable and unique, such as {@code SO-000042}. */
    public String number;
    public String status;
    public String customerId;
    public String channel;
    public String currency;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant expiresAt;
    public long version;
    public List<OrderLineDTO> lines = new ArrayList<>();
    public AddressDTO billingAddress;
    public AddressDTO shippingAddress;
    public String shippingMethod;
    public boolean freeShipping;
    public List<String> couponCodes = new ArrayList<>();
    public List<String> flags = new ArrayList<>();
    public TotalsDTO totals;
    public List<AdjustmentDTO> adjustments = new ArrayList<>();
    public OrderSourceDTO source;
    public String note;
    public String createdBy;
}
