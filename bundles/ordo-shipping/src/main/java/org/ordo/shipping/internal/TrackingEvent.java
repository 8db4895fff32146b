package org.ordo.shipping.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** What the carrier reported: a status, when it occurred, where. */
@Embeddable
public class TrackingEvent {
    @Column(name = "STATUS", nullable = false, length = 32)
    String status;
    @Column(name = "OCCURRED_AT", nullable = false)
    Instant occurredAt;
    @Column(name = "LOCATION", length = 200)
    String location;
    @Column(name = "DESCRIPTION", length = 1000)
    String description;
    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    String recordedBy;
}
