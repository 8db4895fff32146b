package org.ordo.itests.shipping;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.concurrently;
import static org.ordo.itests.core.CoreFixtures.created;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.orderCount;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.problemMentions;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.shippingMethod;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.times;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.api.shipping.Carrier;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shipping ({@code ordo-shipping}) with the lifecycle installed, as the distribution boots: shipping
 * methods in the totals, shipments of all or some items, carriers and tracking URLs, corrections,
 * tracking events, and the items and order following along. Every test works on its own orders and
 * methods; only the dashboard and carrier tests read or change something global, and they compare
 * with what they saw first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShippingIT {

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
        Capability.await(Capability.SHIPPING);
    }

    // ================================================================ helpers

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private static String lineId(JsonNode order, int index) {
        return order.at("/lines/" + index + "/id").asText();
    }

    /** A new order whose items are paid, so that they can be shipped. */
    private static JsonNode paidOrder(ObjectNode... lines) {
        JsonNode created = order(customer(), lines);
        Reply paid = agent().post("/orders/" + id(created) + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        return paid.json();
    }

    private static JsonNode paidOrder(int quantity) {
        return paidOrder(line(product("10.00", 100), quantity));
    }

    private static ObjectNode shipment(String carrier, String trackingNumber, Object... itemsAndQuantities) {
        ObjectNode body = obj("carrier", carrier, "trackingNumber", trackingNumber);
        if (itemsAndQuantities.length > 0) {
            var items = arr();
            for (int i = 0; i < itemsAndQuantities.length; i += 2) {
                items.add(obj("itemId", itemsAndQuantities[i], "quantity", itemsAndQuantities[i + 1]));
            }
            body.set("items", items);
        }
        return body;
    }

    private static Reply ship(JsonNode order, ObjectNode body) {
        return agent().post("/orders/" + id(order) + "/shipments", body.toString());
    }

    private static JsonNode shipped(JsonNode order, ObjectNode body) {
        return created(ship(order, body));
    }

    private static List<JsonNode> shipmentsOf(JsonNode order) {
        Reply reply = viewer().get("/orders/" + id(order) + "/shipments");
        assertEquals(reply.toString(), 200, reply.status());
        return items(reply);
    }

    private static JsonNode shipmentOf(String shipmentId) {
        Reply reply = viewer().get("/shipments/" + shipmentId);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static Reply track(String shipmentId, String status, Instant occurredAt, String location) {
        return agent().post("/shipments/" + shipmentId + "/events",
                obj("status", status, "occurredAt", occurredAt.toString(), "location", location).toString());
    }

    private static List<String> states(JsonNode order) {
        return texts(elements(orderOf(id(order)).get("lines")), "state");
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Instant hoursAgo(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String createMethod(String price, String freeAbove) {
        String code = "SM-" + unique().toUpperCase(Locale.ROOT);
        Reply reply = admin().post("/shipping-methods", obj("code", code, "name", "Standard " + code, "price", price,
                "currency", "EUR", "freeAbove", freeAbove).toString());
        assertEquals(reply.toString(), 201, reply.status());
        return code;
    }

    private static List<String> carrierCodes() {
        return texts(items(viewer().get("/carriers")), "code");
    }

    private static void awaitCarriers(boolean listed, String code) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (carrierCodes().contains(code) != listed) {
            assertTrue("carrier " + code + (listed ? " never came" : " never went"), System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    // ================================================================ methods and totals

    @Test
    public void aShippingMethodSetsTheShippingTotalUntilTheSubtotalReachesItsFreeAbove() {
        String code = createMethod("4.90", "50.00");
        Reply listed = viewer().get("/shipping-methods");
        JsonNode method = items(listed).stream().filter(m -> code.equals(m.path("code").asText())).findFirst().orElseThrow();
        assertMoney("4.90", method.get("price"));
        assertMoney("50.00", method.get("freeAbove"));
        assertEquals("EUR", method.get("currency").asText());

        String sku = product("20.00", 100);
        ObjectNode body = orderBody(customer(), line(sku, 1));
        body.put("shippingMethod", code);
        JsonNode order = created(agent().post("/orders", body.toString()));
        assertMoney("20.00", order.at("/totals/subtotal"));
        assertMoney("4.90", order.at("/totals/shipping"));
        assertMoney("24.90", order.at("/totals/grandTotal"));

        Reply reached = agent().patch("/orders/" + id(order), obj("lines", arr(obj("id", lineId(order, 0), "sku", sku,
                "quantity", 3))).toString());
        assertEquals(reached.toString(), 200, reached.status());
        assertMoney("60.00", reached.json().at("/totals/subtotal"));
        assertMoney("0.00", reached.json().at("/totals/shipping"));
        assertMoney("60.00", reached.json().at("/totals/grandTotal"));
    }

    @Test
    public void freeShippingOnTheOrderWaivesTheMethodsPrice() {
        String code = shippingMethod("7.50");
        ObjectNode body = orderBody(customer(), line(product("10.00", 100), 1));
        body.put("shippingMethod", code);
        JsonNode order = created(agent().post("/orders", body.toString()));
        assertMoney("7.50", order.at("/totals/shipping"));

        Reply free = agent().patch("/orders/" + id(order), obj("freeShipping", true).toString());
        assertEquals(free.toString(), 200, free.status());
        assertMoney("0.00", free.json().at("/totals/shipping"));
        assertMoney("10.00", free.json().at("/totals/grandTotal"));

        Reply charged = agent().patch("/orders/" + id(order), obj("freeShipping", false).toString());
        assertMoney("7.50", charged.json().at("/totals/shipping"));
    }

    @Test
    public void anUnknownMethodOrOneInAnotherCurrencyIsRefusedAndNoOrderIsMade() {
        String customerId = customer();
        ObjectNode body = orderBody(customerId, line(product("10.00", 100), 1));
        body.put("shippingMethod", "NO-SUCH-" + unique());
        assertTrue(assertFieldError(agent().post("/orders", body.toString()), "shippingMethod").contains("unknown"));

        String dollars = "USD-" + unique();
        assertEquals(201, admin().post("/shipping-methods", obj("code", dollars, "name", "US mail", "price", "5.00",
                "currency", "USD").toString()).status());
        body.put("shippingMethod", dollars);
        assertTrue(assertFieldError(agent().post("/orders", body.toString()), "shippingMethod").contains("USD"));
        assertEquals(0, orderCount(customerId));

        JsonNode order = order(customerId, line(product("10.00", 100), 1));
        assertFieldError(agent().patch("/orders/" + id(order), obj("shippingMethod", dollars).toString()), "shippingMethod");
        JsonNode unchanged = orderOf(id(order));
        assertTrue(unchanged.path("shippingMethod").isMissingNode() || unchanged.path("shippingMethod").isNull());
        assertEquals(order.get("version").asLong(), unchanged.get("version").asLong());
    }

    @Test
    public void onlyAdminsManageMethodsAndBadOnesAreRefused() {
        String code = "SM-" + unique();
        ObjectNode good = obj("code", code, "name", "Express", "price", "9.90", "currency", "EUR");
        assertProblem(agent().post("/shipping-methods", good.toString()), 403);
        assertFieldError(admin().post("/shipping-methods", obj("code", code, "name", "Express", "price", "-1.00",
                "currency", "EUR").toString()), "price");
        assertFieldError(admin().post("/shipping-methods", obj("code", code, "name", "Express", "price", "9.999",
                "currency", "EUR").toString()), "price");
        assertFieldError(admin().post("/shipping-methods", obj("code", code, "name", "Express", "price", "9.90",
                "currency", "EURO").toString()), "currency");
        assertFieldError(admin().post("/shipping-methods", obj("code", "bad code!", "name", "Express", "price", "9.90",
                "currency", "EUR").toString()), "code");
        assertProblem(viewer().get("/shipping-methods/" + code), 404);

        assertEquals(201, admin().post("/shipping-methods", good.toString()).status());
        assertProblem(admin().post("/shipping-methods", good.toString()), 409);

        Reply stale = admin().send(admin().request("/shipping-methods/" + code).header("Content-Type", "application/json")
                .header("If-Match", "\"999\"").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        obj("name", "Express", "price", "12.00", "currency", "EUR").toString())));
        assertProblem(stale, 412);
        Reply replaced = admin().put("/shipping-methods/" + code,
                obj("name", "Express (new price)", "price", "12.00", "currency", "EUR").toString());
        assertEquals(replaced.toString(), 200, replaced.status());
        assertMoney("12.00", replaced.json().get("price"));
        ObjectNode body = orderBody(customer(), line(product("10.00", 100), 1));
        body.put("shippingMethod", code);
        assertMoney("12.00", created(agent().post("/orders", body.toString())).at("/totals/shipping"));

        assertProblem(agent().delete("/shipping-methods/" + code), 403);
        assertEquals(204, admin().delete("/shipping-methods/" + code).status());
        assertProblem(viewer().get("/shipping-methods/" + code), 404);
        assertFieldError(agent().post("/orders", body.toString()), "shippingMethod");
    }

    // ================================================================ shipments

    @Test
    public void aShipmentOfEverythingShipsTheItemsAndTheOrder() {
        JsonNode order = paidOrder(line(product("10.00", 100), 2), line(product("5.00", 100), 1));
        Reply reply = ship(order, shipment("UPS", "1Z 999/AA1"));
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode shipment = reply.json();
        assertTrue(reply.header("Location"), reply.header("Location").endsWith("/shipments/" + id(shipment)));
        assertEquals(id(order), shipment.get("orderId").asText());
        assertEquals("UPS", shipment.get("carrier").asText());
        assertEquals("1Z 999/AA1", shipment.get("trackingNumber").asText());
        assertEquals("https://www.ups.com/track?tracknum=1Z%20999%2FAA1", shipment.get("trackingUrl").asText());
        assertEquals("CREATED", shipment.get("status").asText());
        assertEquals(List.of(lineId(order, 0), lineId(order, 1)), texts(elements(shipment.get("items")), "itemId"));
        assertEquals(List.of("2", "1"), texts(elements(shipment.get("items")), "quantity"));
        assertEquals(0, shipment.get("events").size());

        JsonNode after = orderOf(id(order));
        assertEquals("SHIPPED", after.get("status").asText());
        assertEquals(List.of("SHIPPED", "SHIPPED"), states(order));
        assertEquals(List.of(id(shipment)), texts(shipmentsOf(order), "id"));
        assertEquals("1Z 999/AA1", shipmentOf(id(shipment)).get("trackingNumber").asText());

        assertProblem(ship(order, shipment("UPS", "1Z-AGAIN")), 409);
        assertEquals(1, shipmentsOf(order).size());
    }

    @Test
    public void aLineSplitsOverShipmentsButNeverBeyondWhatWasOrdered() {
        JsonNode order = paidOrder(3);
        String item = lineId(order, 0);
        JsonNode first = shipped(order, shipment("DHL", "A-1", item, 2));
        assertEquals(2, first.at("/items/0/quantity").asInt());
        assertEquals(List.of("PAID"), states(order));
        assertEquals("OPEN", orderOf(id(order)).get("status").asText());

        Reply tooMany = ship(order, shipment("DHL", "A-2", item, 2));
        String message = assertFieldError(tooMany, "items[0].quantity");
        assertTrue(message, message.contains("ordered 3") && message.contains("2 shipped already"));
        assertEquals(1, shipmentsOf(order).size());

        JsonNode rest = shipped(order, shipment("DHL", "A-3"));
        assertEquals(List.of(item), texts(elements(rest.get("items")), "itemId"));
        assertEquals(1, rest.at("/items/0/quantity").asInt());
        assertEquals(List.of("SHIPPED"), states(order));
        assertEquals("SHIPPED", orderOf(id(order)).get("status").asText());
    }

    @Test
    public void racingShipmentsForTheLastUnitLeaveExactlyOneWinner() throws Exception {
        JsonNode order = paidOrder(line(product("10.00", 100), 1), line(product("10.00", 100), 1));
        String item = lineId(order, 0);
        List<Reply> replies = concurrently(times(4,
                () -> agent().post("/orders/" + id(order) + "/shipments", shipment("UPS", "RACE", item, 1).toString())));
        long won = replies.stream().filter(r -> r.status() == 201).count();
        assertEquals(replies.toString(), 1, won);
        replies.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 422));
        List<JsonNode> shipments = shipmentsOf(order);
        assertEquals(1, shipments.size());
        assertEquals(1, shipments.get(0).at("/items/0/quantity").asInt());
        assertEquals(List.of("SHIPPED", "PAID"), states(order));
    }

    @Test
    public void badShipmentsAreRefusedAndNothingIsRecorded() {
        JsonNode order = paidOrder(2);
        JsonNode other = paidOrder(1);
        String unknown = assertFieldError(ship(order, shipment("PIGEON", "123")), "carrier");
        assertTrue(unknown, unknown.contains("PIGEON") && unknown.contains("UPS") && unknown.contains("FedEx")
                && unknown.contains("DHL") && unknown.contains("USPS"));
        assertFieldError(ship(order, obj("trackingNumber", "123")), "carrier");
        assertFieldError(ship(order, shipment("UPS", "   ")), "trackingNumber");
        assertFieldError(ship(order, obj("carrier", "UPS")), "trackingNumber");
        assertFieldError(ship(order, shipment("UPS", "123", lineId(other, 0), 1)), "items[0].itemId");
        assertFieldError(ship(order, shipment("UPS", "123", lineId(order, 0), 0)), "items[0].quantity");
        assertFieldError(ship(order, shipment("UPS", "123", lineId(order, 0), 3)), "items[0].quantity");
        assertProblem(viewer().post("/orders/" + id(order) + "/shipments", shipment("UPS", "123").toString()), 403);
        assertProblem(agent().post("/orders/987654321/shipments", shipment("UPS", "123").toString()), 404);
        assertProblem(agent().post("/orders/" + id(order) + "/shipments", "{not json"), 400);
        assertEquals(0, shipmentsOf(order).size());
        assertEquals(0, shipmentsOf(other).size());
        assertEquals(List.of("PAID"), states(order));

        Reply cancelled = agent().post("/orders/" + id(other) + "/actions/cancel", "{}");
        assertEquals(cancelled.toString(), 200, cancelled.status());
        assertProblem(ship(other, shipment("UPS", "123")), 409);
        assertEquals(0, shipmentsOf(other).size());
    }

    @Test
    public void itemsTheLifecycleWillNotShipKeepTheShipmentFromBeingRecorded() {
        JsonNode unpaid = order(customer(), line(product("10.00", 100), 1));
        assertProblem(ship(unpaid, shipment("UPS", "NEW-1")), 409);
        Reply named = ship(unpaid, shipment("UPS", "NEW-2", lineId(unpaid, 0), 1));
        assertProblem(named, 409);
        assertTrue(named.toString(), problemMentions(named, "NEW"));
        assertEquals(0, shipmentsOf(unpaid).size());
        assertEquals(List.of("NEW"), states(unpaid));

        JsonNode order = paidOrder(line(product("10.00", 100), 1), line(product("10.00", 100), 1));
        Reply cancelled = agent().post("/orders/" + id(order) + "/items/events/cancel",
                obj("itemIds", arr(lineId(order, 1))).toString());
        assertEquals(cancelled.toString(), 200, cancelled.status());
        assertProblem(ship(order, shipment("UPS", "C-1", lineId(order, 1), 1)), 409);
        JsonNode everything = shipped(order, shipment("UPS", "C-2"));
        assertEquals(List.of(lineId(order, 0)), texts(elements(everything.get("items")), "itemId"));
        assertEquals(List.of("SHIPPED", "CANCELLED"), states(order));
        assertEquals("SHIPPED", orderOf(id(order)).get("status").asText());
    }

    // ================================================================ carriers

    @Test
    public void aCarrierAddedInEtcIsOfferedAndGoesWhenItsFileDoes() throws Exception {
        assertTrue(carrierCodes().containsAll(List.of("DHL", "FedEx", "UPS", "USPS")));
        String code = "POSTI" + unique().substring(0, 4).toUpperCase(Locale.ROOT);
        Path file = Path.of(System.getProperty("karaf.etc"), "org.ordo.shipping.carrier-" + code.toLowerCase(Locale.ROOT) + ".cfg");
        Files.writeString(file, "code = " + code + "\nname = Posti\ntrackingUrl = https://www.posti.fi/track/{trackingNumber}?lang=en\n",
                StandardCharsets.UTF_8);
        try {
            awaitCarriers(true, code);
            JsonNode order = paidOrder(1);
            JsonNode shipment = shipped(order, shipment(code.toLowerCase(Locale.ROOT), "JJFI 6000"));
            assertEquals(code, shipment.get("carrier").asText());
            assertEquals("https://www.posti.fi/track/JJFI%206000?lang=en", shipment.get("trackingUrl").asText());
        } finally {
            Files.delete(file);
        }
        awaitCarriers(false, code);
        assertFieldError(ship(paidOrder(1), shipment(code, "JJFI 6001")), "carrier");
    }

    @Test
    public void aCarrierRegisteredByABundleIsOfferedWhileItIsRegistered() throws Exception {
        String code = "ACME" + unique().substring(0, 4).toUpperCase(Locale.ROOT);
        ServiceRegistration<Carrier> registration = context.registerService(Carrier.class, acme(), carrierProperties(code, null));
        try {
            awaitCarriers(true, code);
            JsonNode shipment = shipped(paidOrder(1), shipment(code, "XY-1"));
            assertEquals("https://acme.example/t/xy-1", shipment.get("trackingUrl").asText());
        } finally {
            registration.unregister();
        }
        awaitCarriers(false, code);
        assertFieldError(ship(paidOrder(1), shipment(code, "XY-2")), "carrier");
    }

    @Test
    public void aHigherRankedCarrierReplacesAConfiguredOneWhileItIsRegistered() {
        ServiceRegistration<Carrier> unnamed = context.registerService(Carrier.class, acme(), carrierProperties(null, 100));
        ServiceRegistration<Carrier> override = context.registerService(Carrier.class, acme(), carrierProperties("ups", 100));
        try {
            JsonNode shipment = shipped(paidOrder(1), shipment("UPS", "1Z-1"));
            assertEquals("ups", shipment.get("carrier").asText());
            assertEquals("https://acme.example/t/1z-1", shipment.get("trackingUrl").asText());
            assertEquals(List.of("ups"), texts(items(viewer().get("/carriers")), "code").stream()
                    .filter("ups"::equalsIgnoreCase).toList());
        } finally {
            override.unregister();
            unnamed.unregister();
        }
        JsonNode shipment = shipped(paidOrder(1), shipment("ups", "1Z-2"));
        assertEquals("UPS", shipment.get("carrier").asText());
        assertEquals("https://www.ups.com/track?tracknum=1Z-2", shipment.get("trackingUrl").asText());
    }

    private static Carrier acme() {
        return new Carrier() {
            @Override
            public String name() {
                return "Acme Couriers";
            }

            @Override
            public String trackingUrl(String trackingNumber) {
                return "https://acme.example/t/" + trackingNumber.toLowerCase(Locale.ROOT);
            }
        };
    }

    private static Hashtable<String, Object> carrierProperties(String code, Integer ranking) {
        Hashtable<String, Object> properties = new Hashtable<>();
        if (code != null) {
            properties.put(Carrier.CODE, code);
        }
        if (ranking != null) {
            properties.put(org.osgi.framework.Constants.SERVICE_RANKING, ranking);
        }
        return properties;
    }

    // ================================================================ corrections

    @Test
    public void correctionsAreKeptInTheShipmentsHistory() {
        JsonNode order = paidOrder(1);
        JsonNode shipment = shipped(order, shipment("UPS", "WRONG-1"));
        String path = "/shipments/" + id(shipment);

        assertFieldError(agent().patch(path, obj("carrier", "PIGEON").toString()), "carrier");
        assertFieldError(agent().patch(path, obj("trackingNumber", " ").toString()), "trackingNumber");
        assertProblem(agent().patch(path, "{}"), 422);
        Reply stale = agent().send(agent().request(path).header("Content-Type", "application/json").header("If-Match", "\"99\"")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(obj("trackingNumber", "X").toString())));
        assertProblem(stale, 412);
        assertProblem(viewer().patch(path, obj("trackingNumber", "X").toString()), 403);
        assertEquals(0, shipmentOf(id(shipment)).get("history").size());

        Reply corrected = agent().patch(path, obj("carrier", "FedEx", "trackingNumber", "7946 1234").toString());
        assertEquals(corrected.toString(), 200, corrected.status());
        assertEquals("FedEx", corrected.text("/carrier"));
        assertEquals("https://www.fedex.com/fedextrack/?trknbr=7946%201234", corrected.text("/trackingUrl"));
        Reply again = admin().patch(path, obj("trackingNumber", "7946 5678").toString());
        assertEquals(again.toString(), 200, again.status());

        JsonNode history = shipmentOf(id(shipment)).get("history");
        assertEquals(3, history.size());
        assertEquals(List.of("carrier", "trackingNumber", "trackingNumber"), texts(elements(history), "field"));
        assertEquals(List.of("UPS", "WRONG-1", "7946 1234"), texts(elements(history), "from"));
        assertEquals(List.of("FedEx", "7946 1234", "7946 5678"), texts(elements(history), "to"));
        assertEquals(List.of("agent", "agent", "admin"), texts(elements(history), "by"));
        history.forEach(change -> assertFalse(change.path("at").asText().isEmpty()));
    }

    // ================================================================ tracking

    @Test
    public void eventsAreListedByWhenTheyOccurredAndTheLatestSetsTheStatus() {
        long exceptionsBefore = viewer().get("/dashboard").json().path("shipmentsInException").asLong();
        JsonNode shipment = shipped(paidOrder(2), shipment("DHL", "EV-1"));
        String shipmentId = id(shipment);

        Reply first = track(shipmentId, "IN_TRANSIT", hoursAgo(5), "Leipzig hub");
        assertEquals(first.toString(), 201, first.status());
        assertEquals("IN_TRANSIT", first.text("/status"));
        assertEquals("EXCEPTION", track(shipmentId, "EXCEPTION", hoursAgo(1), "Berlin").json().get("status").asText());
        Reply late = track(shipmentId, "OUT_FOR_DELIVERY", hoursAgo(3), "Berlin depot");
        assertEquals("EXCEPTION", late.text("/status"));

        JsonNode read = shipmentOf(shipmentId);
        assertEquals(List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "EXCEPTION"), texts(elements(read.get("events")), "status"));
        assertEquals(List.of("Leipzig hub", "Berlin depot", "Berlin"), texts(elements(read.get("events")), "location"));
        assertEquals("EXCEPTION", read.get("status").asText());
        assertEquals(exceptionsBefore + 1, viewer().get("/dashboard").json().path("shipmentsInException").asLong());

        assertFieldError(agent().post("/shipments/" + shipmentId + "/events",
                obj("status", "LOST", "occurredAt", hoursAgo(1).toString()).toString()), "status");
        assertFieldError(agent().post("/shipments/" + shipmentId + "/events", obj("status", "IN_TRANSIT").toString()),
                "occurredAt");
        assertFieldError(track(shipmentId, "IN_TRANSIT", Instant.now().plus(1, ChronoUnit.DAYS), null), "occurredAt");
        assertProblem(agent().post("/shipments/" + shipmentId + "/events",
                obj("status", "IN_TRANSIT", "occurredAt", "yesterday").toString()), 422);
        assertProblem(viewer().post("/shipments/" + shipmentId + "/events",
                obj("status", "IN_TRANSIT", "occurredAt", hoursAgo(1).toString()).toString()), 403);
        assertProblem(track("987654321", "IN_TRANSIT", hoursAgo(1), null), 404);
        assertEquals(3, shipmentOf(shipmentId).get("events").size());
    }

    @Test
    public void deliveryDeliversTheItemsOnceAllTheirUnitsAreDelivered() {
        JsonNode order = paidOrder(line(product("10.00", 100), 2), line(product("4.00", 100), 1));
        String split = lineId(order, 0);
        JsonNode first = shipped(order, shipment("USPS", "D-1", split, 1, lineId(order, 1), 1));
        JsonNode second = shipped(order, shipment("USPS", "D-2", split, 1));
        assertEquals(List.of("SHIPPED", "SHIPPED"), states(order));

        assertEquals(201, track(id(first), "DELIVERED", hoursAgo(2), "Front door").status());
        assertEquals(List.of("SHIPPED", "DELIVERED"), states(order));
        Reply twice = track(id(first), "DELIVERED", hoursAgo(1), "Front door");
        assertEquals(twice.toString(), 201, twice.status());

        assertEquals(201, track(id(second), "DELIVERED", hoursAgo(1), "Neighbour").status());
        assertEquals(List.of("DELIVERED", "DELIVERED"), states(order));
        assertEquals("SHIPPED", orderOf(id(order)).get("status").asText());
    }

    @Test
    public void anItemEventMayNameAShipment() {
        JsonNode order = paidOrder(line(product("10.00", 100), 1), line(product("4.00", 100), 1));
        JsonNode shipment = shipped(order, shipment("UPS", "IE-1", lineId(order, 0), 1));
        Reply delivered = agent().post("/orders/" + id(order) + "/items/events/deliver",
                obj("shipmentId", id(shipment)).toString());
        assertEquals(delivered.toString(), 200, delivered.status());
        assertEquals(List.of("DELIVERED", "PAID"), states(order));
        assertProblem(agent().post("/orders/" + id(order) + "/items/events/deliver", obj("shipmentId", "987654321").toString()),
                422);
    }

    @Test
    public void deletingTheOrderRemovesItsShipments() throws Exception {
        JsonNode order = paidOrder(2);
        JsonNode shipment = shipped(order, shipment("UPS", "DEL-1", lineId(order, 0), 1));
        assertEquals(204, admin().delete("/orders/" + id(order)).status());
        assertProblem(viewer().get("/orders/" + id(order) + "/shipments"), 404);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (viewer().get("/shipments/" + id(shipment)).status() != 404) {
            assertTrue("shipment " + id(shipment) + " outlived its order", System.nanoTime() < deadline);
            Thread.sleep(100);
        }
    }

    // ================================================================ feature

    @Test
    public void uninstallingShippingLeavesOrdersWorkingAndReinstallingBringsItBack() throws Exception {
        String method = shippingMethod("6.00");
        String sku = product("10.00", 100);
        ObjectNode body = orderBody(customer(), line(sku, 2));
        body.put("shippingMethod", method);
        JsonNode order = created(agent().post("/orders", body.toString()));
        Reply paid = agent().post("/orders/" + id(order) + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        JsonNode shipment = shipped(order, shipment("UPS", "FEAT-1", lineId(order, 0), 1));

        features.uninstallFeature("ordo-shipping", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            assertFalse(features.isInstalled(features.getFeature("ordo-shipping")));
            assertEquals(404, viewer().get("/shipping-methods").status());
            assertEquals(404, viewer().get("/shipments/" + id(shipment)).status());
            assertEquals(404, agent().post("/orders/" + id(order) + "/shipments", shipment("UPS", "OFF").toString()).status());
            Reply patched = agent().patch("/orders/" + id(order), obj("note", "while shipping is off").toString());
            assertEquals(patched.toString(), 200, patched.status());
            assertEquals(method, patched.text("/shippingMethod"));
            assertMoney("0.00", patched.json().at("/totals/shipping"));
            assertEquals(201, agent().post("/orders", orderBody(customer(), line(sku, 1)).toString()).status());
            Reply shippedByHand = agent().post("/orders/" + id(order) + "/items/events/ship", "{}");
            assertEquals(shippedByHand.toString(), 200, shippedByHand.status());
            assertEquals("SHIPPED", shippedByHand.text("/status"));
        } finally {
            features.installFeature("ordo-shipping");
        }
        Capability.await(Capability.SHIPPING);
        JsonNode back = shipmentOf(id(shipment));
        assertEquals("FEAT-1", back.get("trackingNumber").asText());
        assertEquals(List.of(id(shipment)), texts(shipmentsOf(order), "id"));
        assertTrue(texts(items(viewer().get("/shipping-methods")), "code").contains(method));
        assertTrue(carrierCodes().contains("UPS"));
        assertEquals(201, track(id(shipment), "DELIVERED", hoursAgo(1), null).status());
    }

    // ================================================================ console

    @Test
    public void theConsoleListsShowsAndTracksShipments() throws Exception {
        AdminConsole console = new AdminConsole(sessionFactory);
        console.await("shipping:methods");
        String method = shippingMethod("3.30");
        assertTrue(console.execute("shipping:methods").contains(method));

        JsonNode order = paidOrder(2);
        JsonNode shipment = shipped(order, shipment("DHL", "CON-1", lineId(order, 0), 1));
        String list = console.execute("shipment:list " + id(order));
        assertTrue(list, list.contains(id(shipment)) && list.contains("CON-1") && list.contains("CREATED"));

        String tracked = console.execute("shipment:track --location Leipzig " + id(shipment) + " IN_TRANSIT");
        assertTrue(tracked, tracked.contains("IN_TRANSIT") && tracked.contains("Leipzig"));
        assertEquals("IN_TRANSIT", shipmentOf(id(shipment)).get("status").asText());
        String shown = console.execute("shipment:show " + id(shipment));
        assertTrue(shown, shown.contains("CON-1") && shown.contains("Leipzig") && shown.contains("https://www.dhl.com/"));

        AdminConsole.assertClearError(console.execute("shipment:track " + id(shipment) + " LOST"), "status");
        AdminConsole.assertClearError(console.execute("shipment:show 987654321"), "987654321");
        AdminConsole.assertClearError(console.execute("shipment:list 987654321"), "987654321");
        assertEquals(1, shipmentOf(id(shipment)).get("events").size());
    }
}
