package org.ordo.shipping.internal;

import java.math.BigDecimal;

/** A shipping method as the API shows it, and as an admin creates or replaces one. */
public class ShippingMethodDTO {
    public String code;
    public String name;
    public BigDecimal price;
    public String currency;
    /** The order subtotal from which shipping is free; none when null. */
    public BigDecimal freeAbove;
    public Long version;
}
