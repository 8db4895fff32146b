package org.ordo.core.internal.order;

import java.util.List;

/**
 * {@code PATCH /orders/{id}}: the fields to change on an open order. {@code lines}, when present, is
 * the order's new set of lines: a line with an id keeps that line, one without is added, and lines
 * not listed are removed.
 */
public class OrderPatch {
    public String note;
    public String shippingMethod;
    public Boolean freeShipping;
    public OrderInput.AddressInput billingAddress;
    public OrderInput.AddressInput shippingAddress;
    public List<OrderInput.LineInput> lines;
}
