package org.ordo.itests.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.addAddress;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.created;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 18, "every list is paged or capped": the lists API.md fixes as JSON arrays answer a page at
 * a time with {@code X-Total-Count} and {@code Link rel="next"}; no page, however deep or however
 * spelled, gets past a 422 naming it; and the lists kept short by a cap refuse the next item with a
 * 422, writing nothing. Every test works on orders of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileListsIT {
    /** (2147483647 - 1) * 200 overflows an int: once the offset of a SQL query, now a 422. */
    private static final String OVERFLOWING = "page=2147483647&size=200";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    // ================================================================ helpers

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static long totalCount(Reply reply) {
        String total = reply.header("X-Total-Count");
        assertNotNull("X-Total-Count: " + reply, total);
        return Long.parseLong(total);
    }

    /** The path of the next page, relative to the API as {@link Api} takes it; null when there is none. */
    private static String nextPath(Reply reply) {
        String link = reply.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        assertTrue("a next link: " + link, next.matches());
        String url = next.group(1);
        assertTrue(url, url.startsWith("http://localhost:" + System.getProperty(OrdoDistribution.HTTP_PORT_PROPERTY)
                + "/api/v1/"));
        return url.substring(url.indexOf("/api/v1") + "/api/v1".length());
    }

    private static Reply ok(Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.toString(), reply.json().isArray());
        return reply;
    }

    /** A new order whose items are paid, so that they can be shipped. */
    private static JsonNode paidOrder(int quantity) {
        JsonNode created = order(customer(), line(product("10.00", quantity + 10), quantity));
        Reply paid = agent().post("/orders/" + id(created) + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        return paid.json();
    }

    private static Reply ship(JsonNode order, int quantity) {
        String item = order.at("/lines/0/id").asText();
        return agent().post("/orders/" + id(order) + "/shipments", obj("carrier", "UPS", "trackingNumber",
                "1Z" + CoreFixtures.unique(), "items", arr(obj("itemId", item, "quantity", quantity))).toString());
    }

    private static JsonNode shipment(JsonNode order) {
        return created(ship(order, 1));
    }

    private static Reply track(String shipmentId, Instant occurredAt) {
        return agent().post("/shipments/" + shipmentId + "/events",
                obj("status", "IN_TRANSIT", "occurredAt", occurredAt.toString(), "location", "Hub").toString());
    }

    private static JsonNode shipmentOf(String shipmentId) {
        Reply reply = viewer().get("/shipments/" + shipmentId);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static void upload(String orderId, String filename) {
        Api agent = agent();
        Reply reply = agent.send(agent.request("/orders/" + orderId + "/attachments").header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .POST(HttpRequest.BodyPublishers.ofString("content of " + filename)));
        assertEquals(reply.toString(), 201, reply.status());
    }

    /** What tells an item from the others: its id, else all of it (an email's status changes as it is sent). */
    private static String key(JsonNode item) {
        return item.has("id") ? item.get("id").asText() : item.toString();
    }

    /**
     * Pages through the list one item at a time by its next links: each page holds one item, the total
     * stays the same, the last page has no link, and every item comes once.
     */
    private static void assertPagesOneByOne(String path) {
        Reply whole = ok(viewer().get(path));
        long total = totalCount(whole);
        assertEquals(whole.toString(), total, whole.json().size());
        assertTrue(path + " needs two items at least to page through: " + whole, total >= 2);
        assertNull("no next page when all fit: " + whole, whole.header("Link"));

        List<String> seen = new ArrayList<>();
        String next = withQuery(path, "size=1");
        while (next != null) {
            Reply page = ok(viewer().get(next));
            assertEquals(page.toString(), 1, page.json().size());
            assertEquals(page.toString(), total, totalCount(page));
            seen.add(key(page.json().get(0)));
            next = nextPath(page);
            assertTrue("more pages than items on " + path, seen.size() <= total);
        }
        assertEquals(path, total, seen.size());
        List<String> all = new ArrayList<>();
        whole.json().forEach(item -> all.add(key(item)));
        assertEquals("the pages hold the list in its order: " + path, all, seen);
    }

    // ================================================================ a page at a time

    @Test
    public void anOrderWithMoreThanAPageOfCommentsAnswersItAPageAtATime() {
        String path = "/orders/" + id(order(customer(), line(product("1.00", 10), 1))) + "/comments";
        List<String> written = IntStream.range(0, 205).mapToObj(i -> "note " + i).toList();
        for (String message : written) {
            assertEquals(201, agent().post(path, obj("message", message).toString()).status());
        }

        Reply first = ok(viewer().get(path));
        assertEquals(first.toString(), 200, first.json().size());
        assertEquals(205, totalCount(first));
        assertEquals(written.subList(0, 200), texts(items(first), "message"));
        String next = nextPath(first);
        assertNotNull("a Link to the rest: " + first.header("Link"), next);

        Reply second = ok(viewer().get(next));
        assertEquals(written.subList(200, 205), texts(items(second), "message"));
        assertEquals(205, totalCount(second));
        assertNull(second.header("Link"));

        Reply small = ok(viewer().get(path + "?page=5&size=50"));
        assertEquals(written.subList(200, 205), texts(items(small), "message"));
        Reply past = ok(viewer().get(path + "?page=6&size=50"));
        assertEquals(0, past.json().size());
        assertEquals(205, totalCount(past));
        assertNull(past.header("Link"));
    }

    @Test
    public void everyListAnsweredAsAnArrayPagesTheSameWay() {
        JsonNode order = paidOrder(2);
        String orderPath = "/orders/" + id(order);
        for (int i = 0; i < 2; i++) {
            assertEquals(201, agent().post(orderPath + "/comments", obj("message", "m" + i).toString()).status());
            upload(id(order), "file-" + i + ".txt");
            assertEquals(202, agent().post(orderPath + "/emails", obj("subject", "About " + i, "body", "Hello").toString())
                    .status());
            assertEquals(201, agent().post(orderPath + "/discounts",
                    obj("type", "AMOUNT", "value", "0.50", "reason", "goodwill " + i).toString()).status());
            shipment(order);
        }
        String customerId = order.get("customerId").asText();
        String sku = order.at("/lines/0/sku").asText();
        for (int i = 0; i < 2; i++) {
            addAddress(customerId, "Main St " + i);
            created(agent().post("/carts", obj("customerId", customerId, "lines", arr(line(sku, 1))).toString()));
            created(admin().post("/shipping-methods", obj("code", "HL-" + CoreFixtures.unique(), "name", "Hostile",
                    "price", "1.00", "currency", "EUR").toString()));
        }

        for (String list : List.of("history", "comments", "attachments", "emails", "discounts", "shipments")) {
            assertPagesOneByOne(orderPath + "/" + list);
        }
        assertPagesOneByOne("/customers/" + customerId + "/addresses");
        assertPagesOneByOne("/customers/" + customerId + "/carts");
        assertPagesOneByOne("/customers/" + customerId + "/carts?abandoned=false");
        for (String list : List.of("/shipping-methods", "/email-templates", "/carriers")) {
            Reply first = ok(viewer().get(list + "?size=1"));
            assertEquals(first.toString(), 1, first.json().size());
            assertTrue(first.toString(), totalCount(first) >= 2);
            Reply second = ok(viewer().get(nextPath(first)));
            assertEquals(second.toString(), 1, second.json().size());
            assertTrue("the second page is another item: " + second,
                    !first.json().get(0).equals(second.json().get(0)));
        }
    }

    // ================================================================ no page too deep

    /**
     * Every list with ?page=, paged or answered as an array, for the fixtures of one order. An agent
     * asks: a viewer may not list a promotion's codes.
     */
    private static List<String> everyPagedList() {
        JsonNode order = paidOrder(1);
        String orderPath = "/orders/" + id(order);
        String customerId = order.get("customerId").asText();
        JsonNode promotion = created(admin().post("/promotions", obj("name", "Deep", "discount",
                obj("type", "PERCENT", "value", "5"), "requiresCoupon", true, "active", true).toString()));
        List<String> lists = new ArrayList<>(List.of("/orders", "/customers", "/products", "/promotions", "/reclamations",
                "/customers/" + customerId + "/orders", "/customers/" + customerId + "/addresses",
                "/customers/" + customerId + "/carts", "/promotions/" + id(promotion) + "/coupons", "/shipping-methods",
                "/email-templates", "/carriers"));
        for (String list : List.of("history", "comments", "attachments", "emails", "discounts", "shipments")) {
            lists.add(orderPath + "/" + list);
        }
        return lists;
    }

    @Test
    public void aPageWhoseOffsetOverflowsIsA422NamingPageOnEveryList() {
        for (String list : everyPagedList()) {
            Reply reply = agent().get(withQuery(list, OVERFLOWING));
            String message = assertFieldError(reply, "page");
            assertTrue(reply.toString(), message.contains("5001"));
            assertFieldError(agent().get(withQuery(list, "page=5002&size=200")), "page");
            assertFieldError(agent().get(withQuery(list, "page=99999999999999999999")), "page");
            // The deepest page allowed is read, and is empty
            Reply deepest = agent().get(withQuery(list, "page=5001&size=200"));
            assertEquals(deepest.toString(), 200, deepest.status());
            assertEquals(deepest.toString(), 0, items(deepest).size());
        }
    }

    @Test
    public void pageAndSizeThatAreNotWholeNumbersAre422sNamingThem() {
        for (String list : everyPagedList()) {
            assertFieldError(agent().get(withQuery(list, "page=abc")), "page");
            assertFieldError(agent().get(withQuery(list, "page=1.5")), "page");
            assertFieldError(agent().get(withQuery(list, "size=1e3")), "size");
            assertFieldError(agent().get(withQuery(list, "size=0")), "size");
            assertFieldError(agent().get(withQuery(list, "size=201")), "size");
            Reply both = agent().get(withQuery(list, "page=x&size=y"));
            assertFieldError(both, "page");
            assertFieldError(both, "size");
        }
    }

    // ================================================================ caps

    @Test
    public void aShipmentTakesAHundredTrackingEventsAndRefusesTheNext() {
        String shipmentId = id(shipment(paidOrder(1)));
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
        for (int i = 0; i < 100; i++) {
            Reply tracked = track(shipmentId, start.plusSeconds(i));
            assertEquals(tracked.toString(), 201, tracked.status());
        }
        JsonNode full = shipmentOf(shipmentId);
        assertEquals(100, full.get("events").size());

        String message = assertFieldError(track(shipmentId, start.plusSeconds(100)), "events");
        assertTrue(message, message.contains("100"));
        JsonNode after = shipmentOf(shipmentId);
        assertEquals("nothing written", full, after);
    }

    @Test
    public void anOrderTakes200ShipmentsAndRefusesTheNext() {
        JsonNode order = paidOrder(201);
        Set<String> shipments = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            shipments.add(id(shipment(order)));
        }
        String message = assertFieldError(ship(order, 1), "shipments");
        assertTrue(message, message.contains("200"));

        Reply listed = ok(viewer().get("/orders/" + id(order) + "/shipments"));
        assertEquals(200, totalCount(listed));
        assertEquals(shipments, new HashSet<>(texts(items(listed), "id")));
        assertNull(listed.header("Link"));
        Reply current = viewer().get("/orders/" + id(order));
        assertEquals("the refused shipment took no unit", "PAID", current.text("/lines/0/state"));
    }

    @Test
    public void aShipmentTakesFiftyCorrectionsAndRefusesTheNext() {
        String path = "/shipments/" + id(shipment(paidOrder(1)));
        for (int i = 0; i < 25; i++) {
            // Both fields each time: two corrections per request
            Reply corrected = agent().patch(path, obj("carrier", i % 2 == 0 ? "DHL" : "UPS", "trackingNumber", "T-" + i)
                    .toString());
            assertEquals(corrected.toString(), 200, corrected.status());
        }
        JsonNode full = shipmentOf(path.substring("/shipments/".length()));
        assertEquals(50, full.get("history").size());

        assertFieldError(agent().patch(path, obj("trackingNumber", "T-next").toString()), "history");
        assertEquals("nothing written", full, shipmentOf(path.substring("/shipments/".length())));
    }
}
