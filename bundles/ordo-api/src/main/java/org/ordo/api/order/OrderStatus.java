package org.ordo.api.order;

/**
 * The statuses Ordo itself knows. A status is a string, not an enum, so that an extension can add
 * its own (for example {@code ON_HOLD}).
 */
public final class OrderStatus {
    public static final String OPEN = "OPEN";
    public static final String SHIPPED = "SHIPPED";
    public static final String CANCELLED = "CANCELLED";
    public static final String CLOSED = "CLOSED";
    public static final String ARCHIVED = "ARCHIVED";

    private OrderStatus() {
    }
}
