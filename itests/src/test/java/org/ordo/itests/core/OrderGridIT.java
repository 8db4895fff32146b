package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.created;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.enc;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.uniqueEmail;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The order grid ({@code GET /orders}): filters, sorting, paging; and the dashboard. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrderGridIT {

    @Before
    public void coreIsPublished() {
        CoreFixtures.awaitCore();
    }

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    // ================================================================ filters

    @Test
    public void gridFiltersByCustomerAndShowsOrderSummaries() {
        String customerId = customer();
        String other = customer();
        String sku = product("12.50", 20);
        List<String> mine = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            mine.add(order(customerId, line(sku, i)).get("id").asText());
        }
        order(other, line(sku, 1));

        Reply reply = grid("customerId=" + customerId);
        assertEquals(reply.toString(), 3, reply.json().get("total").asInt());
        assertTrue(reply.toString(), reply.json().get("totalExact").asBoolean());
        List<JsonNode> items = items(reply);
        assertEquals(new HashSet<>(mine), new HashSet<>(texts(items, "id")));
        for (JsonNode item : items) {
            assertEquals(item.toString(), customerId, item.path("customerId").asText());
            assertEquals(item.toString(), "OPEN", item.path("status").asText());
            assertTrue(item.toString(), item.path("number").asText().matches("SO-\\d{6,}"));
            Instant.parse(item.path("createdAt").asText());
            assertFalse(item.toString(), grandTotal(item).isEmpty());
        }
        JsonNode first = items.stream().filter(i -> i.get("id").asText().equals(mine.get(0))).findFirst().get();
        assertEquals("12.50", grandTotal(first));
    }

    @Test
    public void gridFiltersByStatusList() {
        String customerId = customer();
        String sku = product("1.00", 10);
        order(customerId, line(sku, 1));
        order(customerId, line(sku, 1));
        assertEquals(2, total("customerId=" + customerId + "&status=OPEN"));
        assertEquals(2, total("customerId=" + customerId + "&status=" + enc("OPEN,CANCELLED")));
        assertEquals(0, total("customerId=" + customerId + "&status=" + enc("CANCELLED,CLOSED")));
        assertEquals(0, total("customerId=" + customerId + "&status=SHIPPED"));
    }

    @Test
    public void gridFindsAnOrderByNumberPrefix() {
        String customerId = customer();
        String sku = product("1.00", 10);
        JsonNode wanted = order(customerId, line(sku, 1));
        order(customerId, line(sku, 1));
        String number = wanted.get("number").asText();

        Reply reply = grid("q=" + enc(number) + "&size=200");
        assertTrue(reply.toString(), texts(items(reply), "id").contains(wanted.get("id").asText()));
        Reply scoped = grid("q=" + enc(number) + "&customerId=" + customerId);
        assertEquals(List.of(wanted.get("id").asText()), texts(items(scoped), "id"));
        Reply lowerCase = grid("q=" + enc(number.toLowerCase(Locale.ROOT)) + "&customerId=" + customerId);
        assertEquals(List.of(wanted.get("id").asText()), texts(items(lowerCase), "id"));
    }

    @Test
    public void gridFindsOrdersByCustomerNameOrEmailPrefixIgnoringCase() {
        String token = unique();
        String first = "Gf" + token;
        String last = "Gl" + token;
        String email = "ge" + token + "@example.com";
        String customerId = CoreFixtures.customer(first, last, email).get("id").asText();
        String other = CoreFixtures.customer("Ann", "Other", uniqueEmail("other")).get("id").asText();
        String sku = product("1.00", 10);
        order(customerId, line(sku, 1));
        order(customerId, line(sku, 2));
        order(other, line(sku, 1));

        for (String q : new String[] {first.toLowerCase(Locale.ROOT), last.toUpperCase(Locale.ROOT),
            "ge" + token, ("Gf" + token).substring(0, 6)}) {
            Reply reply = grid("q=" + enc(q) + "&size=200");
            List<JsonNode> items = items(reply);
            assertEquals(reply.toString(), 2, items.size());
            assertEquals(reply.toString(), 2, reply.json().get("total").asInt());
            for (JsonNode item : items) {
                assertEquals(reply.toString(), customerId, item.get("customerId").asText());
            }
        }
        assertEquals(0, total("q=" + enc("x" + token)));
    }

    @Test
    public void ordersOfSeveralSearchedCustomersComeMergedInTheWantedOrderAndPaged() {
        String last = "Gm" + unique();
        String ada = CoreFixtures.customer("Ada", last, uniqueEmail("ada")).get("id").asText();
        String bob = CoreFixtures.customer("Bob", last, uniqueEmail("bob")).get("id").asText();
        String sku = product("1.00", 100);
        // Created in this order, so newest first is a3 b2 a2 b1 a1; by grand total a1 b2 a2 a3 b1
        String a1 = order(ada, line(sku, 1)).get("id").asText();
        String b1 = order(bob, line(sku, 5)).get("id").asText();
        String a2 = order(ada, line(sku, 3)).get("id").asText();
        String b2 = order(bob, line(sku, 2)).get("id").asText();
        String a3 = order(ada, line(sku, 4)).get("id").asText();

        List<String> newestFirst = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Reply reply = grid("q=" + enc(last) + "&size=2&page=" + page);
            assertEquals(reply.toString(), 5, reply.json().get("total").asInt());
            assertTrue(reply.toString(), reply.json().get("totalExact").asBoolean());
            newestFirst.addAll(texts(items(reply), "id"));
        }
        assertEquals(List.of(a3, b2, a2, b1, a1), newestFirst);
        assertEquals(List.of(a1, b2, a2, a3, b1), ids("q=" + enc(last) + "&sort=grandTotal"));
        assertEquals(List.of(b1, a3, a2, b2, a1), ids("q=" + enc(last) + "&sort=-grandTotal"));
        assertEquals(List.of(a3, a2, a1), ids("q=" + enc(last.toLowerCase(Locale.ROOT)) + "&customerId=" + ada));
        assertEquals(0, total("q=" + enc(last) + "&status=CANCELLED"));
    }

    @Test
    public void aLongListIsCountedToAThousandAndSaysSo() {
        String customerId = customer();
        String sku = product("1.00", 2000);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            created.add(order(customerId, line(sku, 1)).get("id").asText());
        }

        Reply first = grid("customerId=" + customerId + "&size=50");
        assertEquals(first.toString(), 1000, first.json().get("total").asInt());
        assertFalse(first.toString(), first.json().get("totalExact").asBoolean());
        assertEquals(50, items(first).size());
        assertEquals(created.get(1000), items(first).get(0).get("id").asText());

        Reply last = grid("customerId=" + customerId + "&size=50&page=21");
        assertEquals(last.toString(), 1001, last.json().get("total").asInt());
        assertTrue(last.toString(), last.json().get("totalExact").asBoolean());
        assertEquals(List.of(created.get(0)), texts(items(last), "id"));

        Reply past = grid("customerId=" + customerId + "&size=50&page=30");
        assertEquals(past.toString(), 1001, past.json().get("total").asInt());
        assertTrue(past.toString(), past.json().get("totalExact").asBoolean());
        assertEquals(0, items(past).size());

        Reply narrow = grid("customerId=" + customerId + "&q=" + enc(items(first).get(0).get("number").asText()));
        assertEquals(narrow.toString(), 1, narrow.json().get("total").asInt());
        assertTrue(narrow.toString(), narrow.json().get("totalExact").asBoolean());
    }

    @Test
    public void gridFiltersByChannel() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String web = createdOrder(customerId, sku, "WEB").get("id").asText();
        createdOrder(customerId, sku, "PHONE");
        order(customerId, line(sku, 1));

        Reply reply = grid("customerId=" + customerId + "&channel=WEB");
        assertEquals(List.of(web), texts(items(reply), "id"));
        assertEquals(1, total("customerId=" + customerId + "&channel=BACK_OFFICE"));
        assertEquals(0, total("customerId=" + customerId + "&channel=STORE"));
    }

    @Test
    public void gridFiltersByFlag() {
        String customerId = customer();
        order(customerId, line(product("1.00", 10), 1));
        assertEquals(1, total("customerId=" + customerId));
        assertEquals(0, total("customerId=" + customerId + "&flag=RECLAMATION"));
    }

    @Test
    public void gridFiltersByCreationTime() {
        String customerId = customer();
        JsonNode order = order(customerId, line(product("1.00", 10), 1));
        Instant createdAt = Instant.parse(order.get("createdAt").asText());
        String from = createdAt.minus(1, ChronoUnit.MINUTES).toString();
        String to = createdAt.plus(1, ChronoUnit.MINUTES).toString();

        assertEquals(1, total("customerId=" + customerId + "&createdFrom=" + enc(from) + "&createdTo=" + enc(to)));
        assertEquals(1, total("customerId=" + customerId + "&createdFrom=" + enc(from)));
        assertEquals(1, total("customerId=" + customerId + "&createdTo=" + enc(to)));
        assertEquals(0, total("customerId=" + customerId + "&createdFrom=" + enc(to)));
        assertEquals(0, total("customerId=" + customerId + "&createdTo=" + enc(from)));
    }

    @Test
    public void malformedCreationTimeIs422() {
        assertProblem(viewer().get("/orders?createdFrom=yesterday"), 422);
    }

    @Test
    public void gridFiltersByGrandTotalRange() {
        String customerId = customer();
        String sku = product("10.00", 10);
        String ten = order(customerId, line(sku, 1)).get("id").asText();
        String twenty = order(customerId, line(sku, 2)).get("id").asText();
        String thirty = order(customerId, line(sku, 3)).get("id").asText();

        assertEquals(List.of(twenty), ids("customerId=" + customerId + "&minTotal=15.00&maxTotal=25.00"));
        assertEquals(List.of(thirty), ids("customerId=" + customerId + "&minTotal=25"));
        assertEquals(List.of(ten), ids("customerId=" + customerId + "&maxTotal=15"));
        assertEquals(0, total("customerId=" + customerId + "&minTotal=31.00"));
    }

    // ================================================================ sorting

    @Test
    public void gridSortsByGrandTotal() {
        String customerId = customer();
        String sku = product("10.00", 10);
        String thirty = order(customerId, line(sku, 3)).get("id").asText();
        String ten = order(customerId, line(sku, 1)).get("id").asText();
        String twenty = order(customerId, line(sku, 2)).get("id").asText();

        assertEquals(List.of(ten, twenty, thirty), ids("customerId=" + customerId + "&sort=grandTotal"));
        assertEquals(List.of(thirty, twenty, ten), ids("customerId=" + customerId + "&sort=-grandTotal"));
    }

    @Test
    public void gridSortsByCreationTime() throws InterruptedException {
        String customerId = customer();
        String sku = product("1.00", 10);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                Thread.sleep(1100); // createdAt may be kept to the second
            }
            created.add(order(customerId, line(sku, 1)).get("id").asText());
        }
        assertEquals(created, ids("customerId=" + customerId + "&sort=createdAt"));
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, ids("customerId=" + customerId + "&sort=-createdAt"));
    }

    @Test
    public void gridSortsByNumber() {
        String customerId = customer();
        String sku = product("1.00", 10);
        for (int i = 0; i < 4; i++) {
            order(customerId, line(sku, 1));
        }
        List<Long> ascending = numbers(items(grid("customerId=" + customerId + "&sort=number")));
        List<Long> sorted = new ArrayList<>(ascending);
        Collections.sort(sorted);
        assertEquals(4, ascending.size());
        assertEquals(sorted, ascending);

        List<Long> descending = numbers(items(grid("customerId=" + customerId + "&sort=-number")));
        Collections.reverse(sorted);
        assertEquals(sorted, descending);
    }

    @Test
    public void gridSortsByStatus() {
        String customerId = customer();
        order(customerId, line(product("1.00", 10), 1));
        assertEquals(1, total("customerId=" + customerId + "&sort=status"));
        assertEquals(1, total("customerId=" + customerId + "&sort=-status"));
    }

    @Test
    public void unknownSortFieldIs422() {
        assertProblem(viewer().get("/orders?sort=colour"), 422);
        assertProblem(viewer().get("/orders?sort=-colour"), 422);
    }

    // ================================================================ paging

    @Test
    public void gridPagesThroughTheOrders() {
        String customerId = customer();
        String sku = product("1.00", 10);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            all.add(order(customerId, line(sku, 1)).get("id").asText());
        }
        Set<String> seen = new HashSet<>();
        int[] expectedSizes = {2, 2, 1};
        for (int page = 1; page <= 3; page++) {
            Reply reply = grid("customerId=" + customerId + "&sort=number&page=" + page + "&size=2");
            assertEquals(reply.toString(), page, reply.json().get("page").asInt());
            assertEquals(reply.toString(), 2, reply.json().get("size").asInt());
            assertEquals(reply.toString(), 5, reply.json().get("total").asInt());
            List<String> ids = texts(items(reply), "id");
            assertEquals(reply.toString(), expectedSizes[page - 1], ids.size());
            for (String id : ids) {
                assertTrue("page " + page + " repeats " + id, seen.add(id));
            }
        }
        assertEquals(all, seen);

        Reply beyond = grid("customerId=" + customerId + "&page=4&size=2");
        assertEquals(0, items(beyond).size());
        assertEquals(5, beyond.json().get("total").asInt());
    }

    @Test
    public void pageSizeAndNumberAreValidated() {
        assertEquals(200, viewer().get("/orders?size=200").status());
        assertProblem(viewer().get("/orders?size=201"), 422);
        assertProblem(viewer().get("/orders?size=0"), 422);
        assertProblem(viewer().get("/orders?page=0"), 422);
        assertProblem(viewer().get("/orders?page=-1"), 422);
    }

    @Test
    public void deletedOrderLeavesTheGrid() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String kept = order(customerId, line(sku, 1)).get("id").asText();
        String deleted = order(customerId, line(sku, 1)).get("id").asText();
        Reply reply = admin().delete("/orders/" + deleted);
        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(List.of(kept), ids("customerId=" + customerId));
    }

    @Test
    public void gridNeedsCredentials() {
        assertEquals(401, Api.anonymous().get("/orders").status());
        assertEquals(200, viewer().get("/orders").status());
    }

    // ================================================================ dashboard

    @Test
    public void dashboardCountsOpenOrders() {
        Reply before = viewer().get("/dashboard");
        assertEquals(before.toString(), 200, before.status());
        assertTrue(before.toString(), before.json().path("ordersByStatus").isObject());
        long open = before.json().at("/ordersByStatus/OPEN").asLong(0);

        order(customer(), line(product("1.00", 10), 1));

        Reply after = viewer().get("/dashboard");
        assertEquals(after.toString(), 200, after.status());
        assertEquals(after.toString(), open + 1, after.json().at("/ordersByStatus/OPEN").asLong());
    }

    @Test
    public void dashboardCountsMatchTheGrid() {
        order(customer(), line(product("1.00", 10), 1));
        long open = viewer().get("/dashboard").json().at("/ordersByStatus/OPEN").asLong();
        JsonNode grid = grid("status=OPEN").json();
        if (grid.get("totalExact").asBoolean()) {
            assertEquals(open, grid.get("total").asLong());
        } else {
            // The grid stopped counting: the dashboard counts them all
            assertTrue(grid.toString(), open > grid.get("total").asLong());
        }
    }

    // ================================================================ helpers

    private static Reply grid(String query) {
        Reply reply = viewer().get("/orders?" + query);
        assertEquals(reply.toString(), 200, reply.status());
        return reply;
    }

    private static long total(String query) {
        return grid(query).json().get("total").asLong();
    }

    private static List<String> ids(String query) {
        return texts(items(grid(query + "&size=200")), "id");
    }

    private static JsonNode createdOrder(String customerId, String sku, String channel) {
        ObjectNode body = orderBody(customerId, line(sku, 1));
        body.put("channel", channel);
        return created(agent().post("/orders", body.toString()));
    }

    /** A summary's grand total, whether at {@code grandTotal} or {@code totals.grandTotal}. */
    private static String grandTotal(JsonNode item) {
        JsonNode total = item.has("grandTotal") ? item.get("grandTotal") : item.at("/totals/grandTotal");
        return total.isMissingNode() || total.isNull() ? "" : total.asText();
    }

    private static List<Long> numbers(List<JsonNode> items) {
        List<Long> numbers = new ArrayList<>();
        for (JsonNode item : items) {
            numbers.add(Long.parseLong(item.get("number").asText().replaceAll("\\D", "")));
        }
        return numbers;
    }
}
