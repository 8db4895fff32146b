package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.ordo.api.order.AddressDTO;
import org.ordo.api.order.OrderSourceDTO;

/** {@code POST /orders}: what an agent sends to create an order for a customer. */
public class OrderInput {
    public String customerId;
    public String currency;
    public String channel;
    public List<LineInput> lines;
    public OrderSourceDTO source;
    public AddressInput billingAddress;
    public AddressInput shippingAddress;
    public String shippingMethod;
    public Boolean freeShipping;
    public List<String> couponCodes;
    public String note;
    public Instant expiresAt;

    /** A line: a sku and quantity; a unit price overrides the catalog's (a negotiated price). */
    public static class LineInput {
        public String id;
        public String sku;
        public Integer quantity;
        public BigDecimal unitPrice;
    }

    /** An address given in full, or {@code {addressId}} naming one of the customer's address book. */
    public static class AddressInput extends AddressDTO {
        public String addressId;
    }
}
