package org.ordo.api.order;

import java.math.BigDecimal;

/** One line of an order: a product, how many, at which net price, and the line's item state. */
public class OrderLineDTO {
    public String id;
    public String sku;
    public String name;
    public int quantity;
    public BigDecimal unitPrice;
    /** Percent, such as {@code 19} or {@code 7.5}. */
    public BigDecimal taxRate;
    /** quantity × unitPrice, net, rounded to the currency. */
    public BigDecimal total;
    public String state;
}
