package org.ordo.itests.robustness;

import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.ordo.itests.support.Api;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One client of {@link InvariantIT}: a seeded sequence of operations as an agent or an admin on its
 * own customers' orders, with hostile values now and then. Other clients run at the same time on
 * the same products and promotions, so stock and coupon counts are raced for; each order is this
 * client's alone, so that before deleting one it can note the units it shipped, which leave stock
 * for good and which the database then no longer shows.
 */
final class RandomClient {
    private static final String[] ACTIONS = {"cancel", "mark-shipped", "close", "archive"};
    private static final String[] ITEM_EVENTS = {"pay", "ship", "deliver", "return", "cancel", "close"};
    private static final String[] SHIPPED_STATES = {"SHIPPED", "DELIVERED", "CLOSED", "RETURNED"};

    private final Random random;
    private final InvariantFixture fixture;
    private final List<String> customers;
    private final Map<String, Integer> consumedByDeleted;
    private final Api agent = Api.as("agent");
    private final Api admin = Api.as("admin");
    private final Map<String, JsonNode> orders = new LinkedHashMap<>();
    private final Map<String, List<String>> sources = new LinkedHashMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final Map<String, Integer> answers = new TreeMap<>();

    RandomClient(Random random, InvariantFixture fixture, List<String> customers, Map<String, Integer> consumedByDeleted) {
        this.random = random;
        this.fixture = fixture;
        this.customers = customers;
        this.consumedByDeleted = consumedByDeleted;
    }

    void run(int operations) {
        for (int i = 0; i < operations; i++) {
            int dice = random.nextInt(100);
            if (dice < 22 || orders.isEmpty()) {
                createTyped();
            } else if (dice < 30) {
                createFromSource();
            } else if (dice < 42) {
                edit(order());
            } else if (dice < 52) {
                coupon(order());
            } else if (dice < 59) {
                discount(order());
            } else if (dice < 68) {
                record("action", api().post(path(order()) + "/actions/" + pick(ACTIONS), "{}"));
            } else if (dice < 78) {
                itemEvent(order());
            } else if (dice < 86) {
                shipment(order());
            } else if (dice < 92) {
                reclamation(order());
            } else if (dice < 95) {
                delete(order());
            } else {
                hostile();
            }
        }
    }

    List<String> serverErrors() {
        return serverErrors;
    }

    Map<String, Integer> answers() {
        return answers;
    }

    // ---------------------------------------------------------------- operations

    private void createTyped() {
        ObjectNode body = obj("customerId", pick(customers), "lines", lines(1 + random.nextInt(4)));
        if (random.nextInt(3) == 0) {
            body.set("couponCodes", arr(pick(fixture.codes())));
        }
        if (random.nextInt(4) == 0) {
            body.put("shippingMethod", fixture.shippingMethod());
        }
        remember(record("create", api().post("/orders", body.toString())));
    }

    private ArrayNode lines(int count) {
        ArrayNode lines = arr();
        for (int i = 0; i < count; i++) {
            ObjectNode line = obj("sku", pick(fixture.skus()), "quantity", 1 + random.nextInt(6));
            if (random.nextInt(6) == 0) {
                // Within an agent's limit or far below it: refused then unless an admin asks
                line.put("unitPrice", random.nextBoolean() ? "0.50" : "100.00");
            }
            lines.add(line);
        }
        return lines;
    }

    private void createFromSource() {
        String customer = pick(customers);
        String kind = pick(new String[] {"CART", "SHOPPING_LIST", "QUOTE", "ORDER"});
        String id;
        if ("ORDER".equals(kind)) {
            id = orders.isEmpty() ? "1" : order();
        } else {
            Reply made = api().post(sourcePath(kind), sourceBody(kind, customer).toString());
            record("source", made);
            if (made.status() != 201) {
                return;
            }
            id = made.text("/id");
        }
        remember(record("create", api().post("/orders", obj("customerId", customer, "source", obj("type", kind, "id", id)).toString())));
    }

    private static String sourcePath(String kind) {
        return switch (kind) {
            case "CART" -> "/carts";
            case "SHOPPING_LIST" -> "/shopping-lists";
            default -> "/quotes";
        };
    }

    private ObjectNode sourceBody(String kind, String customer) {
        ArrayNode lines = arr();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            ObjectNode line = obj("sku", pick(fixture.skus()), "quantity", 1 + random.nextInt(5));
            if ("QUOTE".equals(kind)) {
                line.put("unitPrice", pick(new String[] {"0.90", "4.00", "15.00", "99.00"}));
            }
            lines.add(line);
        }
        ObjectNode body = obj("customerId", customer, "lines", lines);
        if ("SHOPPING_LIST".equals(kind)) {
            body.put("name", "List");
        }
        return body;
    }

    private void edit(String orderId) {
        JsonNode order = orders.get(orderId);
        ObjectNode patch = obj();
        switch (random.nextInt(4)) {
            case 0 -> patch.put("note", "note " + random.nextInt(1000));
            case 1 -> patch.put("freeShipping", random.nextBoolean());
            case 2 -> patch.put("shippingMethod", random.nextBoolean() ? fixture.shippingMethod() : "");
            default -> {
                ArrayNode lines = arr();
                for (JsonNode line : order.path("lines")) {
                    if (random.nextInt(4) != 0) {
                        lines.add(obj("id", line.get("id").asText(), "quantity", 1 + random.nextInt(8)));
                    }
                }
                if (lines.isEmpty() || random.nextBoolean()) {
                    lines.addAll(lines(1));
                }
                patch.set("lines", lines);
            }
        }
        Api api = api();
        Reply reply = api.send(api.request(path(orderId)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + order.path("version").asText() + "\"")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(patch.toString())));
        remember(record("edit", reply));
    }

    private void coupon(String orderId) {
        JsonNode order = orders.get(orderId);
        if (order.path("couponCodes").size() > 0 && random.nextBoolean()) {
            String code = order.path("couponCodes").get(0).asText();
            remember(record("coupon-remove", api().delete(path(orderId) + "/coupons/" + code)));
        } else {
            remember(record("coupon", api().post(path(orderId) + "/coupons", obj("code", pick(fixture.codes())).toString())));
        }
    }

    private void discount(String orderId) {
        if (random.nextInt(4) == 0) {
            Reply list = api().get(path(orderId) + "/discounts");
            if (list.status() == 200 && list.json().size() > 0) {
                record("discount-remove", api().delete(path(orderId) + "/discounts/" + list.json().get(0).get("id").asText()));
                refresh(orderId);
                return;
            }
        }
        ObjectNode body = random.nextBoolean() ? obj("type", "PERCENT", "value", String.valueOf(1 + random.nextInt(60)))
                : obj("type", "AMOUNT", "value", random.nextInt(80) + ".00");
        body.put("reason", "goodwill");
        record("discount", api().post(path(orderId) + "/discounts", body.toString()));
        refresh(orderId);
    }

    private void itemEvent(String orderId) {
        JsonNode order = orders.get(orderId);
        ObjectNode body = obj();
        if (random.nextBoolean() && order.path("lines").size() > 0) {
            body.set("itemIds", arr(order.path("lines").get(random.nextInt(order.path("lines").size())).get("id").asText()));
        }
        remember(record("item-event", api().post(path(orderId) + "/items/events/" + pick(ITEM_EVENTS), body.toString())));
    }

    private void shipment(String orderId) {
        JsonNode order = orders.get(orderId);
        ArrayNode items = arr();
        for (JsonNode line : order.path("lines")) {
            if (random.nextBoolean()) {
                items.add(obj("itemId", line.get("id").asText(), "quantity", 1 + random.nextInt(line.get("quantity").asInt())));
            }
        }
        ObjectNode body = obj("carrier", "UPS", "trackingNumber", "1Z" + random.nextInt(1_000_000));
        if (!items.isEmpty()) {
            body.set("items", items);
        }
        record("shipment", api().post(path(orderId) + "/shipments", body.toString()));
        refresh(orderId);
    }

    private void reclamation(String orderId) {
        Reply open = api().post(path(orderId) + "/reclamations", obj("reason", "broken").toString());
        record("reclamation", open);
        if (open.status() == 201 && random.nextBoolean()) {
            record("reclamation-close", api().post("/reclamations/" + open.text("/id") + "/close",
                    obj("resolution", "refunded").toString()));
        }
        refresh(orderId);
    }

    /** Notes what the order shipped (those units leave stock for good), then deletes it. */
    private void delete(String orderId) {
        JsonNode order = refresh(orderId);
        if (order == null) {
            return;
        }
        Reply deleted = admin.delete(path(orderId));
        record("delete", deleted);
        if (deleted.status() == 204) {
            for (JsonNode line : order.path("lines")) {
                if (List.of(SHIPPED_STATES).contains(line.path("state").asText())) {
                    consumedByDeleted.merge(line.get("sku").asText(), line.get("quantity").asInt(), Integer::sum);
                }
            }
            orders.remove(orderId);
        }
    }

    /** Values an attacker tries: sums that overflow, amounts the columns cannot hold, ids of the wrong shape. */
    private void hostile() {
        String customer = pick(customers);
        ArrayNode many = arr();
        for (int i = 0; i < 3; i++) {
            many.add(obj("sku", fixture.skus().get(0), "quantity", 1_000_000));
        }
        switch (random.nextInt(4)) {
            case 0 -> record("hostile", api().post("/orders", obj("customerId", customer, "lines", many).toString()));
            case 1 -> record("hostile", api().post("/carts", obj("customerId", customer, "lines", many).toString()));
            case 2 -> record("hostile", api().post("/orders", obj("customerId", customer, "lines",
                    arr(obj("sku", pick(fixture.skus()), "quantity", 1, "unitPrice", "999999999999.9999"))).toString()));
            default -> record("hostile", api().post("/orders", obj("customerId", customer, "lines", lines(1),
                    "couponCodes", arr(pick(fixture.codes()), pick(fixture.codes()), pick(fixture.codes()))).toString()));
        }
    }

    // ---------------------------------------------------------------- bookkeeping

    private Api api() {
        return random.nextInt(4) == 0 ? admin : agent;
    }

    private String order() {
        List<String> ids = new ArrayList<>(orders.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    private static String path(String orderId) {
        return "/orders/" + orderId;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Keeps the order an answer carries, as this client's own. */
    private void remember(Reply reply) {
        if ((reply.status() == 200 || reply.status() == 201) && reply.json().has("lines") && reply.json().has("id")) {
            orders.put(reply.json().get("id").asText(), reply.json());
        }
    }

    private JsonNode refresh(String orderId) {
        Reply reply = agent.get(path(orderId));
        if (reply.status() == 200) {
            orders.put(orderId, reply.json());
            return reply.json();
        }
        orders.remove(orderId);
        return null;
    }

    private Reply record(String operation, Reply reply) {
        answers.merge(operation + " " + reply.status(), 1, Integer::sum);
        if (reply.status() >= 500) {
            serverErrors.add(operation + ": " + reply);
        }
        return reply;
    }
}
