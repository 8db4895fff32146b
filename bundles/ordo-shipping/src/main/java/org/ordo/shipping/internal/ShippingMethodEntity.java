package org.ordo.shipping.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "SHIPPING_METHODS")
public class ShippingMethodEntity {
    @Id
    @Column(name = "CODE", length = 64)
    String code;
    @Column(name = "NAME", nullable = false, length = 200)
    String name;
    @Column(name = "PRICE", nullable = false, precision = 19, scale = 4)
    BigDecimal price;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    String currency;
    @Column(name = "FREE_ABOVE", precision = 19, scale = 4)
    BigDecimal freeAbove;
    @Version
    @Column(name = "VERSION")
    long version;
}
