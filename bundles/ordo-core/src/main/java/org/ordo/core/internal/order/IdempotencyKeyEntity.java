package org.ordo.core.internal.order;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A client's {@code Idempotency-Key} on order creation, scoped to the user who sent it. Its primary
 * key makes a concurrent retry wait for the first request and then find its order.
 */
@Entity
@Table(name = "ORDER_IDEMPOTENCY_KEYS")
public class IdempotencyKeyEntity {
    @Id
    @Column(name = "SCOPED_KEY", length = 400)
    String scopedKey;
    @Column(name = "REQUEST_HASH", nullable = false, length = 64)
    String requestHash;
    /** Set once the order exists, in the same transaction that creates it. */
    @Column(name = "ORDER_ID")
    Long orderId;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
