package org.ordo.itests.crash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server acknowledged, as the clients saw it: every order answered with 201 (with the lines
 * of that answer) and every action answered with 2xx, plus the one action per order whose answer never
 * came because the server died while it was in flight.
 */
final class Ledger {
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    Order acknowledgeCreate(JsonNode created) {
        Order order = new Order(created.get("id").asText(), created.get("number").asText(), created.get("lines"));
        orders.put(order.id, order);
        return order;
    }

    Collection<Order> orders() {
        return orders.values();
    }

    /** One acknowledged order; only the client thread that holds it acts on it, so its state needs no lock. */
    static final class Order {
        final String id;
        final String number;
        final JsonNode lines;
        private final List<String> actions = new ArrayList<>();
        private volatile String status = "OPEN";
        private volatile String inDoubtAction;

        private Order(String id, String number, JsonNode lines) {
            this.id = id;
            this.number = number;
            this.lines = lines;
        }

        synchronized void acknowledgeAction(String action, String newStatus) {
            actions.add(action);
            status = newStatus;
        }

        /** An action sent whose answer never came: it may or may not have been committed. */
        void actionInDoubt(String action) {
            inDoubtAction = action;
        }

        synchronized List<String> actions() {
            return List.copyOf(actions);
        }

        String status() {
            return status;
        }

        String inDoubtAction() {
            return inDoubtAction;
        }

        /** Orders with an action in doubt are left alone from then on: their status is not known for sure. */
        boolean settled() {
            return inDoubtAction == null;
        }
    }
}
