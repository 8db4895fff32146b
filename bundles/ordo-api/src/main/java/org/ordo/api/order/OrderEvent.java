package org.ordo.api.order;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an order, told to every {@link OrderEventListener} after it committed. */
public final class OrderEvent {

    public enum Type {
        CREATED, UPDATED, STATUS_CHANGED, DELETED
    }

    private final Type type;
    private final OrderDTO order;
    private final String fromStatus;
    private final String actor;
    private final Instant at;

    public OrderEvent(Type type, OrderDTO order, String fromStatus, String actor, Instant at) {
        this.type = Objects.requireNonNull(type);
        this.order = Objects.requireNonNull(order);
        this.fromStatus = fromStatus;
        this.actor = actor;
        this.at = Objects.requireNonNull(at);
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
