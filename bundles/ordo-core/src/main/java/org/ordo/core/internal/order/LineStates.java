package org.ordo.core.internal.order;

/** The item states the core knows of, for stock: a line holds its stock until shipped or cancelled. */
final class LineStates {
    static final String NEW = "NEW";

    private LineStates() {
    }

    static boolean holdsStock(String state) {
        return NEW.equals(state) || "PAID".equals(state);
    }
}
