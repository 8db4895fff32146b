package org.ordo.api.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to an order, told to every {@link OrderEventListener} after it committed.
 * It is written in the same transaction as the change, so it is told even when the node stops right
 * after the commit; {@link #id()} names it across such a second telling.
 */
public final class OrderEvent {

    public enum Type {
        CREATED, UPDATED, STATUS_CHANGED, DELETED
    }

    private final long id;
    private final Type type;
    private final OrderDTO order;
    private final String fromStatus;
    private final String actor;
    private final Instant at;

    /** An event not recorded yet: its id is 0 until the core records it with the change. */
    public OrderEvent(Type type, OrderDTO order, String fromStatus, String actor, Instant at) {
        this(0, type, order, fromStatus, actor, at);
    }

    public OrderEvent(long id, Type type, OrderDTO order, String fromStatus, String actor, Instant at) {
        this.id = id;
        this.type = Objects.requireNonNull(type);
        this.order = Objects.requireNonNull(order);
        this.fromStatus = fromStatus;
        this.actor = actor;
        this.at = Objects.requireNonNull(at);
    }

    /**
     * Unique per event and the same each time the event is told: after a crash, an event whose telling
     * was cut short is told again, and a listener whose effect must happen once keys it by this id.
     */
    public long id() {
        return id;
    }

    public OrderEvent withId(long recordedId) {
        return new OrderEvent(recordedId, type, order, fromStatus, actor, at);
    }

    public Type type() {
        return type;
    }

    /** The order as it is after the change; for {@link Type#DELETED}, as it was when deleted. */
    public OrderDTO order() {
        return order;
    }

    public String orderId() {
        return order.id;
    }

    /** The status before a {@link Type#STATUS_CHANGED}; null for other events. */
    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return order.status;
    }

    /** The user who caused it, or {@code system}. */
    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    @Override
    public String toString() {
        return type + " " + order.number + (fromStatus == null ? "" : " " + fromStatus + "->" + order.status);
    }
}
