package org.ordo.core.internal.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/** A product of the catalog as the API shows it, and as a request to create one. */
public class ProductDTO {
    public String sku;
    public String name;
    public BigDecimal price;
    public String currency;
    public BigDecimal taxRate;
    public Integer stock;
    public Instant createdAt;
    public Instant updatedAt;
    public Long version;
}
