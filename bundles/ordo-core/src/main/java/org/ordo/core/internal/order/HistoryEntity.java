package org.ordo.core.internal.order;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One recorded change of an order, written in the transaction that made the change. */
@Entity
@Table(name = "ORDER_HISTORY", indexes = @Index(name = "ORDER_HISTORY_ORDER", columnList = "ORDER_ID,ID"))
public class HistoryEntity {
    @Id
    @TableGenerator(name = "historyIds", table = "ORDO_CORE_IDS", pkColumnValue = "ORDER_HISTORY", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "historyIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false)
    Long orderId;
    @Column(name = "CHANGED_AT", nullable = false)
    Instant at;
    @Column(name = "ACTOR", nullable = false, length = 100)
    String actor;
    @Column(name = "ACTION_NAME", nullable = false, length = 64)
    String action;
    @Column(name = "FROM_STATUS", length = 32)
    String fromStatus;
    @Column(name = "TO_STATUS", length = 32)
    String toStatus;
    @Column(name = "REMARK", length = 4000)
    String comment;
    @Column(name = "ITEMS", length = 4000)
    String items;

    static HistoryEntity of(OrderEntity order, Instant at, String actor, String action, String fromStatus, String comment) {
        HistoryEntity entry = new HistoryEntity();
        entry.orderId = order.id;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = fromStatus;
        entry.toStatus = order.status;
        entry.comment = comment;
        return entry;
    }
}
