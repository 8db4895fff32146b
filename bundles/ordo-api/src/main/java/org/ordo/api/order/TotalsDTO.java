package org.ordo.api.order;

import java.math.BigDecimal;

/** What an order costs: {@code grandTotal = subtotal - discount + shipping + tax}. */
public class TotalsDTO {
    public BigDecimal subtotal;
    public BigDecimal discount;
    public BigDecimal shipping;
    public BigDecimal tax;
    public BigDecimal grandTotal;
}
