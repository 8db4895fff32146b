package org.ordo.itests.robustness;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.addAddress;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.created;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.shippingMethod;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small world made through the API, so that paths with ids reach real records: a customer with an
 * address, a product, orders open, shipped, cancelled and closed, order sources, a promotion with a
 * coupon, a special discount, a shipping method, a shipment, a comment, an attachment, a reclamation,
 * an edited email template. Each placeholder of {@link Endpoints} names one or more of them.
 */
final class FuzzFixture {
    private final Map<String, List<String>> records = new LinkedHashMap<>();

    static FuzzFixture create() {
        FuzzFixture f = new FuzzFixture();
        String customer = customer();
        String sku = product("10.00", 1_000);
        String method = shippingMethod("4.90");
        f.put("customer", customer);
        f.put("address", addAddress(customer, "Main St 1"));
        f.put("sku", sku);
        f.put("method", method);

        JsonNode open = order(customer, line(sku, 2), line(product("5.00", 1_000), 1));
        String openId = open.get("id").asText();
        String item = open.at("/lines/0/id").asText();
        f.put("number", open.get("number").asText());
        f.put("item", item);
        f.put("order", openId, acted(customer, sku, "mark-shipped"), acted(customer, sku, "cancel"), acted(customer, sku, "close"));
        f.put("action", "cancel", "mark-shipped", "close", "archive");
        f.put("event", "pay", "ship", "deliver", "close", "cancel", "return");

        f.put("list", id(agent().post("/shopping-lists", obj("customerId", customer, "name", "Weekly",
                "lines", arr(line(sku, 1))).toString())));
        f.put("quote", id(agent().post("/quotes", obj("customerId", customer,
                "lines", arr(line(sku, 1, "9.00"))).toString())));
        f.put("cart", id(agent().post("/carts", obj("customerId", customer, "lines", arr(line(sku, 1))).toString())));

        String promotion = id(admin().post("/promotions", obj("name", "Fuzz", "discount", obj("type", "PERCENT", "value", "5"),
                "requiresCoupon", true, "active", true).toString()));
        String code = "FZ-" + unique().toUpperCase(Locale.ROOT);
        created(admin().post("/promotions/" + promotion + "/coupons", obj("code", code).toString()));
        f.put("promotion", promotion);
        f.put("coupon", code);
        ok(agent().post("/orders/" + openId + "/coupons", obj("code", code).toString()));
        f.put("discount", id(agent().post("/orders/" + openId + "/discounts",
                obj("type", "AMOUNT", "value", "1.00", "reason", "Goodwill").toString())));

        ok(agent().post("/orders/" + openId + "/items/events/pay", obj("itemIds", arr(item)).toString()));
        f.put("shipment", id(agent().post("/orders/" + openId + "/shipments", obj("carrier", "DHL", "trackingNumber", "JD1",
                "items", arr(obj("itemId", item, "quantity", 1))).toString())));
        f.put("comment", id(agent().post("/orders/" + openId + "/comments", obj("message", "Fixture").toString())));
        f.put("attachment", id(agent().send(agent().request("/orders/" + openId + "/attachments")
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename=\"note.txt\"")
                .POST(HttpRequest.BodyPublishers.ofString("fixture file")))));
        f.put("reclamation", id(agent().post("/orders/" + openId + "/reclamations", obj("reason", "Scratched").toString())));
        ok(admin().put("/email-templates/order-confirmation",
                obj("subject", "Order ${order.number}", "body", "Thank you, ${customer.firstName}").toString()));
        f.put("template", "order-confirmation", "order-shipped");
        ok(agent().post("/orders/" + openId + "/emails", obj("template", "order-confirmation").toString()), 202);
        return f;
    }

    /** A new order of the customer after the action. */
    private static String acted(String customer, String sku, String action) {
        String id = created(agent().post("/orders", orderBody(customer, line(sku, 1)).toString())).get("id").asText();
        ok(agent().post("/orders/" + id + "/actions/" + action, "{}"));
        return id;
    }

    private static String id(Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.text("/id");
    }

    private static void ok(Reply reply) {
        ok(reply, 200);
    }

    private static void ok(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
    }

    private void put(String name, String... values) {
        records.put(name, List.of(values));
    }

    /** One of the records a placeholder names. */
    String pick(String name, Random random) {
        List<String> values = records.get(name);
        assertTrue("no fixture record for {" + name + "}", values != null);
        return values.get(random.nextInt(values.size()));
    }

    /** The sample with each quoted placeholder replaced by the first record it names. */
    String fill(String sample) {
        String filled = sample;
        for (Map.Entry<String, List<String>> record : records.entrySet()) {
            filled = filled.replace("\"{" + record.getKey() + "}\"", "\"" + record.getValue().get(0) + "\"");
        }
        return filled;
    }

    /** The orders, to wait for their emails. */
    List<String> orders() {
        return new ArrayList<>(records.get("order"));
    }

    /** True when no email of the fixture is still waiting in the outbox. */
    boolean outboxSettled() {
        for (String order : orders()) {
            Reply emails = viewer().get("/orders/" + order + "/emails");
            if (emails.status() != 200 || emails.body().contains("\"QUEUED\"")) {
                return false;
            }
        }
        return true;
    }
}
