package org.ordo.core.internal.order;

/** The state every new line starts in; the lifecycle's item process moves it on. */
final class LineStates {
    static final String NEW = "NEW";

    private LineStates() {
    }
}
