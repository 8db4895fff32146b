package org.ordo.core.internal.events;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * An order event not yet told to every listener, written in the transaction of the change it tells
 * of and deleted once told. While a node tells it, the row carries that node's name and claim until
 * {@code leaseUntil}.
 */
@Entity
@Table(name = "ORDER_EVENTS", indexes = @Index(name = "ORDER_EVENTS_CLAIM", columnList = "CLAIM"))
public class PendingEventEntity {
    @Id
    @TableGenerator(name = "orderEventIds", table = "ORDO_CORE_IDS", pkColumnValue = "ORDER_EVENTS", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "orderEventIds")
    Long id;
    @Column(name = "EVENT_TYPE", nullable = false, length = 32)
    String type;
    @Column(name = "ORDER_ID", nullable = false)
    Long orderId;
    @Column(name = "FROM_STATUS", length = 32)
    String fromStatus;
    @Column(name = "ACTOR", length = 100)
    String actor;
    @Column(name = "OCCURRED_AT", nullable = false)
    Instant at;
    /** The order as the event tells it, in JSON: a deleted order can no longer be read back. */
    @Lob
    @Column(name = "ORDER_JSON", nullable = false, length = 16_000_000)
    String order;
    @Column(name = "CLAIMED_BY", length = 200)
    String claimedBy;
    @Column(name = "CLAIM", length = 36)
    String claim;
    @Column(name = "LEASE_UNTIL")
    Instant leaseUntil;
}
