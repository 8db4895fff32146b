package org.ordo.core.internal.order;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class OrderAdjustment {
    @Column(name = "TYPE", nullable = false, length = 32)
    String type;
    @Column(name = "LABEL", nullable = false, length = 200)
    String label;
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "SOURCE", length = 100)
    String source;
}
