package org.ordo.itests.lifecycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.concurrently;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.api.lifecycle.ActionPlan;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/** Order actions, item events, history: what agents do to orders after placing them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LifecycleIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
        Capability.await(Capability.LIFECYCLE);
    }

    private static String newOrder(String sku, int quantity) {
        return order(customer(), line(sku, quantity)).get("id").asText();
    }

    private static Reply act(String orderId, String action, String comment) {
        return agent().post("/orders/" + orderId + "/actions/" + action, obj("comment", comment).toString());
    }

    private static List<String> names(JsonNode actions) {
        List<String> names = new ArrayList<>();
        actions.forEach(a -> names.add(a.get("name").asText()));
        return names;
    }

    private static JsonNode history(String orderId) {
        Reply reply = viewer().get("/orders/" + orderId + "/history");
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    @Test
    public void anOpenOrderOffersCancelMarkShippedAndClose() {
        String id = newOrder(product("5.00", 10), 1);
        Reply now = viewer().get("/orders/" + id + "/actions");
        assertEquals(now.toString(), List.of("cancel", "close", "mark-shipped"), names(now.json()));
        assertNotNull(now.json().get(0).get("label").asText());
        Reply all = viewer().get("/orders/" + id + "/actions?all=true");
        JsonNode archive = null;
        for (JsonNode action : all.json()) {
            if (action.get("name").asText().equals("archive")) {
                archive = action;
            }
        }
        assertNotNull(all.toString(), archive);
        assertFalse(archive.get("allowed").asBoolean());
        assertTrue(archive.get("reason").asText().contains("CLOSED"));
    }

    @Test
    public void cancellingGivesTheStockBackAndCancelsTheItems() {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 3);
        assertEquals(7, stock(sku));
        Reply cancelled = act(id, "cancel", "customer changed their mind");
        assertEquals(cancelled.toString(), 200, cancelled.status());
        assertEquals("CANCELLED", cancelled.text("/status"));
        assertEquals("CANCELLED", cancelled.text("/lines/0/state"));
        assertEquals(10, stock(sku));
        JsonNode history = history(id);
        assertEquals(2, history.size());
        assertEquals("create", history.get(0).get("action").asText());
        assertEquals("cancel", history.get(1).get("action").asText());
        assertEquals("agent", history.get(1).get("actor").asText());
        assertEquals("OPEN", history.get(1).get("fromStatus").asText());
        assertEquals("CANCELLED", history.get(1).get("toStatus").asText());
        assertEquals("customer changed their mind", history.get(1).get("comment").asText());
    }

    @Test
    public void anActionNotAllowedNowIs409ListingWhatIs() {
        String id = newOrder(product("5.00", 10), 1);
        Reply refused = act(id, "archive", null);
        assertProblem(refused, 409);
        assertEquals(List.of("cancel", "close", "mark-shipped"), texts(refused.json().get("allowedActions")));
        assertEquals("OPEN", orderOf(id).get("status").asText());
        assertEquals(1, history(id).size());
    }

    @Test
    public void anUnknownActionIs404() {
        String id = newOrder(product("5.00", 10), 1);
        assertProblem(act(id, "teleport", null), 404);
        assertProblem(act("987654321", "cancel", null), 404);
    }

    @Test
    public void aDryRunTellsWhatWouldHappenAndWritesNothing() {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 4);
        Reply dry = agent().post("/orders/" + id + "/actions/cancel?dryRun=true", "{}");
        assertEquals(dry.toString(), 200, dry.status());
        assertTrue(dry.json().get("dryRun").asBoolean());
        assertEquals("CANCELLED", dry.text("/order/status"));
        assertEquals("CANCELLED", dry.text("/order/lines/0/state"));
        assertEquals(sku, dry.text("/stockReleased/0/sku"));
        assertEquals(4, dry.json().at("/stockReleased/0/quantity").asInt());
        assertEquals("STATUS_CHANGED", dry.text("/events/0"));
        JsonNode after = orderOf(id);
        assertEquals("OPEN", after.get("status").asText());
        assertEquals(1, after.get("version").asLong());
        assertEquals(6, stock(sku));
        assertEquals(1, history(id).size());
    }

    @Test
    public void aStaleIfMatchIs412AndChangesNothing() {
        String id = newOrder(product("5.00", 10), 1);
        agent().patch("/orders/" + id, "{\"note\":\"called back\"}");
        Api api = agent();
        Reply stale = api.send(api.request("/orders/" + id + "/actions/cancel").header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(stale, 412);
        assertEquals("OPEN", orderOf(id).get("status").asText());
        Reply fresh = api.send(api.request("/orders/" + id + "/actions/cancel").header("Content-Type", "application/json")
                .header("If-Match", "\"2\"").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(fresh.toString(), 200, fresh.status());
    }

    @Test
    public void anOrderIsShippedClosedAndArchivedAndThenNothingMore() {
        String id = newOrder(product("5.00", 10), 1);
        assertEquals("SHIPPED", act(id, "mark-shipped", null).text("/status"));
        assertProblem(act(id, "cancel", null), 409);
        assertEquals("CLOSED", act(id, "close", null).text("/status"));
        assertEquals("ARCHIVED", act(id, "archive", null).text("/status"));
        assertEquals(List.of(), names(viewer().get("/orders/" + id + "/actions").json()));
        assertProblem(act(id, "close", null), 409);
        assertEquals(4, history(id).size());
    }

    @Test
    public void aBulkActionDoesOrRefusesEachOrderOnItsOwn() {
        String sku = product("5.00", 10);
        String open = newOrder(sku, 1);
        String cancelled = newOrder(sku, 1);
        act(cancelled, "cancel", null);
        Reply bulk = agent().post("/orders/actions/cancel",
                obj("orderIds", arr(open, cancelled, "987654321"), "comment", "warehouse closed").toString());
        assertEquals(bulk.toString(), 200, bulk.status());
        JsonNode results = bulk.json().get("results");
        assertEquals(200, results.get(0).get("status").asInt());
        assertEquals(409, results.get(1).get("status").asInt());
        assertEquals(404, results.get(2).get("status").asInt());
        assertEquals("CANCELLED", orderOf(open).get("status").asText());
        assertEquals("warehouse closed", history(open).get(1).get("comment").asText());
        assertProblem(agent().post("/orders/actions/cancel", "{\"orderIds\":[]}"), 422);
    }

    @Test
    public void shippingEveryItemShipsTheOrder() {
        String a = product("5.00", 10);
        String b = product("7.00", 10);
        JsonNode created = order(customer(), line(a, 1), line(b, 2));
        String id = created.get("id").asText();
        Reply paid = agent().post("/orders/" + id + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        assertEquals("PAID", paid.text("/lines/0/state"));
        assertEquals("PAID", paid.text("/lines/1/state"));
        String first = created.at("/lines/0/id").asText();
        String second = created.at("/lines/1/id").asText();
        Reply one = agent().post("/orders/" + id + "/items/events/ship", obj("itemIds", arr(first)).toString());
        assertEquals("SHIPPED", one.text("/lines/0/state"));
        assertEquals("PAID", one.text("/lines/1/state"));
        assertEquals("OPEN", one.text("/status"));
        Reply both = agent().post("/orders/" + id + "/items/events/ship", obj("itemIds", arr(second)).toString());
        assertEquals("SHIPPED", both.text("/status"));
        JsonNode history = history(id);
        JsonNode last = history.get(history.size() - 1);
        assertEquals("system", last.get("actor").asText());
        assertEquals("SHIPPED", last.get("toStatus").asText());
        assertEquals(9, stock(a));
        assertEquals(8, stock(b));
    }

    @Test
    public void aListedItemThatCannotTakeTheEventRefusesTheWholeRequest() {
        String a = product("5.00", 10);
        String b = product("7.00", 10);
        JsonNode created = order(customer(), line(a, 1), line(b, 1));
        String id = created.get("id").asText();
        String first = created.at("/lines/0/id").asText();
        String second = created.at("/lines/1/id").asText();
        agent().post("/orders/" + id + "/items/events/pay", obj("itemIds", arr(first)).toString());
        Reply refused = agent().post("/orders/" + id + "/items/events/ship", obj("itemIds", arr(first, second)).toString());
        assertProblem(refused, 409);
        JsonNode after = orderOf(id);
        assertEquals("PAID", after.at("/lines/0/state").asText());
        assertEquals("NEW", after.at("/lines/1/state").asText());
        Reply skipping = agent().post("/orders/" + id + "/items/events/ship", "{}");
        assertEquals("SHIPPED", skipping.text("/lines/0/state"));
        assertEquals("NEW", skipping.text("/lines/1/state"));
    }

    @Test
    public void cancellingEveryItemCancelsTheOrderAndGivesTheStockBack() {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 4);
        Reply reply = agent().post("/orders/" + id + "/items/events/cancel", "{}");
        assertEquals(reply.toString(), "CANCELLED", reply.text("/status"));
        assertEquals(10, stock(sku));
        JsonNode history = history(id);
        assertEquals("system", history.get(history.size() - 1).get("actor").asText());
    }

    @Test
    public void unknownEventsAndItemsAreRefused() {
        String id = newOrder(product("5.00", 10), 1);
        assertProblem(agent().post("/orders/" + id + "/items/events/explode", "{}"), 404);
        assertProblem(agent().post("/orders/" + id + "/items/events/pay", obj("itemIds", arr("987654321")).toString()), 422);
        assertEquals("NEW", orderOf(id).at("/lines/0/state").asText());
    }

    @Test
    public void aViewerCannotActAndAnAgentCannotSkipTheRules() {
        String id = newOrder(product("5.00", 10), 1);
        assertProblem(viewer().post("/orders/" + id + "/actions/cancel", "{}"), 403);
        assertProblem(viewer().post("/orders/" + id + "/items/events/pay", "{}"), 403);
        assertEquals("OPEN", orderOf(id).get("status").asText());
    }

    @Test
    public void ofTwentyConflictingActionsExactlyOneWins() throws Exception {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 2);
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String action = i % 2 == 0 ? "cancel" : "mark-shipped";
            calls.add(() -> act(id, action, null));
        }
        List<Reply> replies = concurrently(calls);
        assertEquals(replies.toString(), 1, replies.stream().filter(r -> r.status() == 200).count());
        assertEquals(replies.toString(), 19, replies.stream().filter(r -> r.status() == 409).count());
        assertEquals(2, history(id).size());
        String status = orderOf(id).get("status").asText();
        assertEquals(status.equals("CANCELLED") ? 10 : 8, stock(sku));
    }

    /** Every built-in action from every status: allowed exactly where the contract's table says. */
    @Test
    public void everyActionIsAllowedFromExactlyTheStatusesOfTheContract() {
        String sku = product("1.00", 100);
        java.util.Map<String, List<String>> allowedFrom = java.util.Map.of(
                "cancel", List.of("OPEN"),
                "mark-shipped", List.of("OPEN"),
                "close", List.of("OPEN", "CANCELLED", "SHIPPED"),
                "archive", List.of("CLOSED"));
        java.util.Map<String, List<String>> pathTo = java.util.Map.of(
                "OPEN", List.of(),
                "SHIPPED", List.of("mark-shipped"),
                "CANCELLED", List.of("cancel"),
                "CLOSED", List.of("close"),
                "ARCHIVED", List.of("close", "archive"));
        java.util.Map<String, String> target = java.util.Map.of("cancel", "CANCELLED", "mark-shipped", "SHIPPED",
                "close", "CLOSED", "archive", "ARCHIVED");
        for (String status : pathTo.keySet()) {
            for (String action : allowedFrom.keySet()) {
                String id = newOrder(sku, 1);
                pathTo.get(status).forEach(step -> assertEquals(200, act(id, step, null).status()));
                assertEquals(status, orderOf(id).get("status").asText());
                Reply reply = act(id, action, null);
                String cell = action + " from " + status + ": " + reply;
                if (allowedFrom.get(action).contains(status)) {
                    assertEquals(cell, 200, reply.status());
                    assertEquals(cell, target.get(action), reply.text("/status"));
                } else {
                    assertEquals(cell, 409, reply.status());
                    assertTrue(cell, reply.text("/detail").contains(status));
                    assertEquals(cell, status, orderOf(id).get("status").asText());
                }
            }
        }
    }

    @Test
    public void anExtensionsActionIsAPeerOfTheBuiltInOnes() throws InterruptedException {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 1);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(OrderAction.NAME, "hold");
        ServiceRegistration<OrderAction> hold = context.registerService(OrderAction.class, new OrderAction() {
            public String label() {
                return "Put on hold";
            }

            public String refusal(OrderDTO order) {
                return "OPEN".equals(order.status) ? null : "only open orders can be held";
            }

            public ActionPlan plan(OrderDTO order) {
                return ActionPlan.toStatus("ON_HOLD");
            }
        }, properties);
        try {
            assertTrue(names(viewer().get("/orders/" + id + "/actions").json()).contains("hold"));
            Reply held = act(id, "hold", "waiting for payment");
            assertEquals(held.toString(), 200, held.status());
            assertEquals("ON_HOLD", held.text("/status"));
            assertProblem(act(id, "cancel", null), 409);
            assertEquals(1, admin().get("/orders?status=ON_HOLD&q=" + orderOf(id).get("number").asText()).json()
                    .get("total").asInt());
        } finally {
            hold.unregister();
        }
        assertProblem(act(newOrder(sku, 1), "hold", null), 404);
    }

    /** An action that refuses every order, under the name given. */
    private ServiceRegistration<OrderAction> refusing(String name, Integer ranking, String label) {
        Hashtable<String, Object> properties = new Hashtable<>();
        if (name != null) {
            properties.put(OrderAction.NAME, name);
        }
        if (ranking != null) {
            properties.put(org.osgi.framework.Constants.SERVICE_RANKING, ranking);
        }
        return context.registerService(OrderAction.class, new OrderAction() {
            public String label() {
                return label;
            }

            public String refusal(OrderDTO order) {
                return "replaced by a test with ranking " + ranking;
            }

            public ActionPlan plan(OrderDTO order) {
                throw new IllegalStateException("never planned");
            }
        }, properties);
    }

    @Test
    public void aHigherRankedActionReplacesABuiltInOneWhileItIsRegistered() {
        String sku = product("5.00", 10);
        String id = newOrder(sku, 1);
        ServiceRegistration<OrderAction> unnamed = refusing(null, 1000, "unnamed");
        ServiceRegistration<OrderAction> lower = refusing("cancel", -1, "lower");
        ServiceRegistration<OrderAction> higher = refusing("cancel", 100, "higher");
        ServiceRegistration<OrderAction> alsoHigher = refusing("cancel", 100, "also higher");
        try {
            JsonNode offers = viewer().get("/orders/" + id + "/actions?all=true").json();
            assertEquals(List.of("archive", "cancel", "close", "mark-shipped"), names(offers));
            assertEquals("higher", offers.get(1).get("label").asText());
            assertProblem(act(id, "cancel", null), 409);
            // Of two equal rankings the one registered first serves; when it goes, the other does
            higher.unregister();
            higher = null;
            assertEquals("also higher", viewer().get("/orders/" + id + "/actions?all=true").json().get(1)
                    .get("label").asText());
            assertProblem(act(id, "cancel", null), 409);
            alsoHigher.unregister();
            alsoHigher = null;
            assertEquals("Cancel order", viewer().get("/orders/" + id + "/actions?all=true").json().get(1)
                    .get("label").asText());
        } finally {
            for (ServiceRegistration<OrderAction> registration : java.util.Arrays.asList(unnamed, lower, higher, alsoHigher)) {
                if (registration != null) {
                    registration.unregister();
                }
            }
        }
        Reply cancelled = act(id, "cancel", null);
        assertEquals(cancelled.toString(), 200, cancelled.status());
    }

    @Test
    public void listenersHearOfAStatusChangeAfterItCommitted() throws InterruptedException {
        java.util.concurrent.BlockingQueue<org.ordo.api.order.OrderEvent> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        ServiceRegistration<org.ordo.api.order.OrderEventListener> listener = context.registerService(
                org.ordo.api.order.OrderEventListener.class, heard::add, null);
        ServiceRegistration<org.ordo.api.order.OrderEventListener> failing = context.registerService(
                org.ordo.api.order.OrderEventListener.class, event -> {
                    throw new IllegalStateException("a broken listener");
                }, null);
        try {
            String id = newOrder(product("5.00", 10), 1);
            assertEquals(200, act(id, "cancel", "listen").status());
            org.ordo.api.order.OrderEvent changed = null;
            for (int i = 0; i < 50 && changed == null; i++) {
                org.ordo.api.order.OrderEvent event = heard.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (event != null && event.orderId().equals(id)
                        && event.type() == org.ordo.api.order.OrderEvent.Type.STATUS_CHANGED) {
                    changed = event;
                }
            }
            assertNotNull("no STATUS_CHANGED event heard", changed);
            assertEquals("OPEN", changed.fromStatus());
            assertEquals("CANCELLED", changed.toStatus());
            assertEquals("agent", changed.actor());
            assertEquals("CANCELLED", orderOf(id).get("status").asText());
        } finally {
            listener.unregister();
            failing.unregister();
        }
    }

    @Test
    public void anItemEventOnAShipmentMovesThatShipmentsItems() {
        String a = product("5.00", 10);
        String b = product("7.00", 10);
        JsonNode created = order(customer(), line(a, 1), line(b, 1));
        String id = created.get("id").asText();
        String first = created.at("/lines/0/id").asText();
        agent().post("/orders/" + id + "/items/events/pay", "{}");
        assertProblem(agent().post("/orders/" + id + "/items/events/ship", "{\"shipmentId\":\"S1\"}"), 422);

        // outranks the shipping bundle's own, which knows no shipment S1
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(org.osgi.framework.Constants.SERVICE_RANKING, 100);
        ServiceRegistration<org.ordo.api.lifecycle.ShipmentItems> shipments = context.registerService(
                org.ordo.api.lifecycle.ShipmentItems.class,
                (orderId, shipmentId) -> orderId.equals(id) && shipmentId.equals("S1")
                        ? java.util.Optional.of(List.of(first)) : java.util.Optional.empty(), ranking);
        try {
            Reply shipped = agent().post("/orders/" + id + "/items/events/ship", "{\"shipmentId\":\"S1\"}");
            assertEquals(shipped.toString(), 200, shipped.status());
            assertEquals("SHIPPED", shipped.text("/lines/0/state"));
            assertEquals("PAID", shipped.text("/lines/1/state"));
            assertProblem(agent().post("/orders/" + id + "/items/events/ship", "{\"shipmentId\":\"S9\"}"), 422);
        } finally {
            shipments.unregister();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
