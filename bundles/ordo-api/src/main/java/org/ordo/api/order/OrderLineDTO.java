package org.ordo.api.order;

import java.math.BigDecimal;

/** One line of an order: a product, how many, at which net price, and the line's item state. */
public class OrderLineDTO {
    public String id;
    public String sku;
    public String name;
    public int quantity;
    public BigDecimal unitPrice;
    /** The product's price when the line was made; null on lines older than this field. */
    public BigDecimal catalogPrice;
    /** Who set a unit price other than the catalogue's (an agent, or a quote's author); null at the catalogue price. */
    public String priceSetBy;
    /** Percent, such as {@code 19} or {@code 7.5}. */
    public BigDecimal taxRate;
    /** quantity × unitPrice, net, rounded to the currency. */
    public BigDecimal total;
    public String state;
}
