package org.ordo.shipping.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One corrected field of a shipment's tracking data: who, when, from what, to what. */
@Embeddable
public class Correction {
    @Column(name = "FIELD", nullable = false, length = 32)
    String field;
    @Column(name = "OLD_VALUE", length = 100)
    String oldValue;
    @Column(name = "NEW_VALUE", length = 100)
    String newValue;
    @Column(name = "CORRECTED_BY", nullable = false, length = 100)
    String correctedBy;
    @Column(name = "CORRECTED_AT", nullable = false)
    Instant correctedAt;
}
