package org.ordo.api.lifecycle;

/**
 * What an order action does: the status the order moves to, and the item event fired on every item
 * of the order that can take it (for example {@code cancel} on the items of a cancelled order).
 */
public final class ActionPlan {
    private final String toStatus;
    private final String itemEvent;

    private ActionPlan(String toStatus, String itemEvent) {
        this.toStatus = toStatus;
        this.itemEvent = itemEvent;
    }

    /** Moves the order to {@code status}; its items keep their states. */
    public static ActionPlan toStatus(String status) {
        return new ActionPlan(status, null);
    }

    /** Moves the order to {@code status} and fires {@code itemEvent} on the items that can take it. */
    public static ActionPlan toStatus(String status, String itemEvent) {
        return new ActionPlan(status, itemEvent);
    }

    public String toStatus() {
        return toStatus;
    }

    /** The item event to fire, or null. */
    public String itemEvent() {
        return itemEvent;
    }
}
