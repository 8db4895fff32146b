package org.ordo.core.internal.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A shopping list, quote or cart as the API shows it, and as a request to create one. */
public class SourceDTO {
    public String id;
    public String customerId;
    public String name;
    public String currency;
    public List<Line> lines;
    public Instant createdAt;
    public Instant updatedAt;
    public String convertedOrderId;
    public Boolean abandoned;
    public Long version;

    public static class Line {
        public String sku;
        public Integer quantity;
        public BigDecimal unitPrice;
    }
}
