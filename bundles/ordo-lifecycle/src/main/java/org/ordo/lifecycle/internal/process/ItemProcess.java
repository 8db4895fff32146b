package org.ordo.lifecycle.internal.process;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The states an order's items go through and the events that move them: for each event, the state
 * it leads to from each state it may start in. Items in a {@code shipped} state have left the
 * warehouse; items in a {@code cancelled} state give their stock back and no longer count.
 */
public record ItemProcess(String initial, Map<String, Map<String, String>> transitions, Set<String> shipped,
        Set<String> cancelled) {

    /** The state an item in {@code state} moves to on {@code event}, if the event applies to it. */
    public Optional<String> next(String state, String event) {
        Map<String, String> byState = transitions.get(event);
        return byState == null ? Optional.empty() : Optional.ofNullable(byState.get(state));
    }

    public boolean knows(String event) {
        return transitions.containsKey(event);
    }

    public boolean isShipped(String state) {
        return shipped.contains(state);
    }

    public boolean isCancelled(String state) {
        return cancelled.contains(state);
    }
}
