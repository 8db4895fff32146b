package org.ordo.lifecycle.internal.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an item process from its configuration: transitions written {@code event: FROM|FROM2 > TO},
 * such as {@code cancel: NEW|PAID > CANCELLED}. Every mistake is reported at once, with the entry.
 */
public final class ItemProcessParser {
    private static final String NAME = "[A-Za-z][A-Za-z0-9_-]*";

    /** The process of the contract: pay, ship, deliver, close; cancel before shipping, return after. */
    public static final List<String> DEFAULT_TRANSITIONS = List.of(
            "pay: NEW > PAID",
            "ship: PAID > SHIPPED",
            "deliver: SHIPPED > DELIVERED",
            "close: DELIVERED > CLOSED",
            "cancel: NEW|PAID > CANCELLED",
            "return: SHIPPED|DELIVERED > RETURNED");

    private ItemProcessParser() {
    }

    public static ItemProcess defaultProcess() {
        return parse("NEW", DEFAULT_TRANSITIONS, List.of("SHIPPED", "DELIVERED", "CLOSED", "RETURNED"), List.of("CANCELLED"));
    }

    /** @throws IllegalArgumentException listing every problem found */
    public static ItemProcess parse(String initial, List<String> transitions, List<String> shipped, List<String> cancelled) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> byEvent = new LinkedHashMap<>();
        Set<String> states = new LinkedHashSet<>();
        if (initial == null || !initial.trim().matches(NAME)) {
            problems.add("initial state '" + initial + "' is not a state name");
        } else {
            states.add(initial.trim());
        }
        for (String entry : transitions) {
            String[] eventAndRest = entry.split(":", 2);
            String[] fromAndTo = eventAndRest.length == 2 ? eventAndRest[1].split(">", 2) : new String[0];
            if (fromAndTo.length != 2) {
                problems.add("'" + entry + "' is not of the form event: FROM|FROM2 > TO");
                continue;
            }
            String event = eventAndRest[0].trim();
            String to = fromAndTo[1].trim();
            List<String> froms = Arrays.stream(fromAndTo[0].split("\\|")).map(String::trim).toList();
            if (!event.matches(NAME) || !to.matches(NAME) || froms.stream().anyMatch(f -> !f.matches(NAME))) {
                problems.add("'" + entry + "' holds a name that is not letters, digits, '_' or '-'");
                continue;
            }
            Map<String, String> fromTo = byEvent.computeIfAbsent(event, e -> new LinkedHashMap<>());
            for (String from : froms) {
                String earlier = fromTo.put(from, to);
                if (earlier != null && !earlier.equals(to)) {
                    problems.add("event " + event + " from " + from + " leads both to " + earlier + " and to " + to);
                }
                states.add(from);
            }
            states.add(to);
        }
        if (byEvent.isEmpty()) {
            problems.add("no transitions");
        }
        Set<String> shippedStates = names(shipped);
        Set<String> cancelledStates = names(cancelled);
        for (String state : union(shippedStates, cancelledStates)) {
            if (!states.contains(state)) {
                problems.add("state " + state + " is named as shipped or cancelled but no transition reaches it");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid item process: " + String.join("; ", problems));
        }
        return new ItemProcess(initial.trim(), byEvent, shippedStates, cancelledStates);
    }

    private static Set<String> names(List<String> values) {
        return values.stream().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
