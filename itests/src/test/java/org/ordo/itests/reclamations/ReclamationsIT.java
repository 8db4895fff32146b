package org.ordo.itests.reclamations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.getOrder;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reclamations (claims) on orders ({@code ordo-reclamations}).
 *
 * <p>Tests share one database: every test works on its own new customer and orders, and filters
 * lists by its own order id. Only {@link #theDashboardCountsOpenReclamations()} reads a global
 * number; the test that deletes an order waits until its reclamation is gone, so no asynchronous
 * removal is left running when another test starts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReclamationsIT {

    private static final String FLAG = "RECLAMATION";

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
        Capability.await(Capability.RECLAMATIONS);
    }

    // ================================================================ helpers

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    /** An open order of two lines (2 × A, 3 × B) for a new customer. */
    private static JsonNode twoLineOrder() {
        return twoLineOrder(customer());
    }

    private static JsonNode twoLineOrder(String customerId) {
        return order(customerId, line(product("10.00", 50), 2), line(product("4.50", 50), 3));
    }

    private static JsonNode lineOf(JsonNode order, int index) {
        JsonNode line = order.path("lines").get(index);
        assertNotNull(order.toString(), line);
        return line;
    }

    private static ObjectNode item(JsonNode line, Object quantity) {
        return obj("itemId", line.get("id"), "quantity", quantity);
    }

    private static ObjectNode claimBody(String reason, ObjectNode... items) {
        ObjectNode body = obj("reason", reason);
        if (items.length > 0) {
            body.set("items", arr((Object[]) items));
        }
        return body;
    }

    private static Reply claim(JsonNode order, ObjectNode body) {
        return agent().post("/orders/" + id(order) + "/reclamations", body.toString());
    }

    /** Files a reclamation as agent and answers its body. */
    private static JsonNode claimed(JsonNode order, ObjectNode body) {
        Reply reply = claim(order, body);
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.json().get("id"));
        return reply.json();
    }

    private static JsonNode claimed(JsonNode order, String reason) {
        return claimed(order, claimBody(reason));
    }

    private static Reply close(JsonNode reclamation, String resolution) {
        ObjectNode body = resolution == null ? obj() : obj("resolution", resolution);
        return agent().post("/reclamations/" + id(reclamation) + "/close", body.toString());
    }

    private static JsonNode closed(JsonNode reclamation, String resolution) {
        Reply reply = close(reclamation, resolution);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static JsonNode reclamationOf(JsonNode reclamation) {
        Reply reply = viewer().get("/reclamations/" + id(reclamation));
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static Reply list(String query) {
        Reply reply = viewer().get("/reclamations?" + query);
        assertEquals(reply.toString(), 200, reply.status());
        return reply;
    }

    private static long total(String query) {
        JsonNode total = list(query).json().get("total");
        assertNotNull("paged reply has a total", total);
        return total.asLong();
    }

    private static long reclamationsOf(JsonNode order) {
        return total("orderId=" + id(order));
    }

    private static List<String> flags(JsonNode order) {
        JsonNode flags = order.get("flags");
        assertNotNull(order.toString(), flags);
        assertTrue(order.toString(), flags.isArray());
        List<String> list = new ArrayList<>();
        flags.forEach(flag -> list.add(flag.asText()));
        return list;
    }

    private static boolean flagged(JsonNode order) {
        return flags(orderOf(id(order))).contains(FLAG);
    }

    private static List<String> lineStates(JsonNode order) {
        return texts(listOf(order.get("lines")), "state");
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** The order as read now has its lines (ids, skus, quantities, states), status and totals as before. */
    private static void assertOrderUnchanged(JsonNode before) {
        JsonNode now = orderOf(id(before));
        assertEquals(now.toString(), before.get("status").asText(), now.get("status").asText());
        assertEquals(now.toString(), texts(listOf(before.get("lines")), "id"), texts(listOf(now.get("lines")), "id"));
        assertEquals(now.toString(), texts(listOf(before.get("lines")), "sku"), texts(listOf(now.get("lines")), "sku"));
        assertEquals(now.toString(), texts(listOf(before.get("lines")), "quantity"),
                texts(listOf(now.get("lines")), "quantity"));
        assertEquals(now.toString(), lineStates(before), lineStates(now));
        assertEquals(now.toString(), before.get("totals"), now.get("totals"));
    }

    /** A refused claim wrote nothing: no reclamation for the order, no flag. */
    private static void assertNothingClaimed(JsonNode order) {
        assertEquals(0, reclamationsOf(order));
        assertFalse(orderOf(id(order)).toString(), flagged(order));
    }

    /** A 422 with an error on a field of the items, e.g. {@code items[0].quantity}. */
    private static void assertItemsError(Reply reply, String fieldPart) {
        assertProblem(reply, 422);
        JsonNode errors = reply.json().get("errors");
        assertNotNull(reply.toString(), errors);
        for (JsonNode error : errors) {
            String field = error.path("field").asText();
            if (field.startsWith("items") && field.contains(fieldPart)) {
                return;
            }
        }
        fail("no error on items ... " + fieldPart + ": " + reply);
    }

    private static long openReclamations() {
        Reply reply = viewer().get("/dashboard");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode count = reply.json().get("openReclamations");
        assertNotNull(reply.toString(), count);
        assertTrue(reply.toString(), count.isNumber());
        return count.asLong();
    }

    private static long gridTotal(String customerId) {
        Reply reply = viewer().get("/orders?flag=" + FLAG + "&customerId=" + customerId);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().get("total").asLong();
    }

    // ================================================================ filing a reclamation

    @Test
    public void aClaimWithoutItemsCoversEveryLineWithItsOrderedQuantity() {
        JsonNode order = twoLineOrder();
        String reason = "Arrived damaged " + unique();
        Reply reply = claim(order, claimBody(reason));
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode created = reply.json();
        String reclamationId = id(created);

        assertNotNull(reply.toString(), reply.header("Location"));
        assertTrue(reply.toString(), reply.header("Location").endsWith("/reclamations/" + reclamationId));
        assertEquals(id(order), created.get("orderId").asText());
        assertEquals("OPEN", created.get("status").asText());
        assertEquals(reason, created.get("reason").asText());
        assertEquals("agent", created.get("createdBy").asText());
        assertFalse(reply.toString(), created.path("createdAt").asText().isEmpty());

        JsonNode items = created.get("items");
        assertNotNull(reply.toString(), items);
        assertEquals(reply.toString(), 2, items.size());
        for (int i = 0; i < 2; i++) {
            JsonNode line = lineOf(order, i);
            JsonNode item = findItem(items, line.get("id").asText());
            assertEquals(reply.toString(), line.get("sku").asText(), item.get("sku").asText());
            assertEquals(reply.toString(), line.get("quantity").asInt(), item.get("quantity").asInt());
        }

        JsonNode read = reclamationOf(created);
        assertEquals(reclamationId, id(read));
        assertEquals(id(order), read.get("orderId").asText());
        assertEquals("OPEN", read.get("status").asText());
        assertEquals(reason, read.get("reason").asText());
        assertEquals("agent", read.get("createdBy").asText());
        assertEquals(2, read.get("items").size());
    }

    private static JsonNode findItem(JsonNode items, String itemId) {
        for (JsonNode item : items) {
            if (itemId.equals(item.path("itemId").asText())) {
                return item;
            }
        }
        fail("no item " + itemId + " in " + items);
        return null;
    }

    @Test
    public void aClaimOnSomeItemsKeepsOnlyThoseItemsAndQuantities() {
        JsonNode order = twoLineOrder();
        JsonNode second = lineOf(order, 1);
        JsonNode created = claimed(order, claimBody("Two of three broken", item(second, 2)));
        JsonNode items = created.get("items");
        assertEquals(created.toString(), 1, items.size());
        assertEquals(second.get("id").asText(), items.get(0).get("itemId").asText());
        assertEquals(second.get("sku").asText(), items.get(0).get("sku").asText());
        assertEquals(2, items.get(0).get("quantity").asInt());

        JsonNode read = reclamationOf(created);
        assertEquals(1, read.get("items").size());
        assertEquals(2, read.at("/items/0/quantity").asInt());
    }

    @Test
    public void theFullOrderedQuantityOfALineMayBeClaimed() {
        JsonNode order = twoLineOrder();
        JsonNode first = lineOf(order, 0);
        JsonNode created = claimed(order, claimBody("All wrong colour", item(first, 2)));
        assertEquals(2, created.at("/items/0/quantity").asInt());
    }

    @Test
    public void aReclamationFlagsTheOrderButChangesNeitherItsStatusNorItsItemStates() {
        String customerId = customer();
        JsonNode order = twoLineOrder(customerId);
        Reply paid = agent().post("/orders/" + id(order) + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        JsonNode before = orderOf(id(order));
        assertEquals(List.of("PAID", "PAID"), lineStates(before));
        assertFalse(before.toString(), flags(before).contains(FLAG));
        assertEquals(0, gridTotal(customerId));

        claimed(order, "Late delivery");

        JsonNode after = orderOf(id(order));
        assertTrue(after.toString(), flags(after).contains(FLAG));
        assertOrderUnchanged(before);

        Reply grid = viewer().get("/orders?flag=" + FLAG + "&customerId=" + customerId);
        assertEquals(grid.toString(), 200, grid.status());
        assertEquals(grid.toString(), 1, grid.json().get("total").asLong());
        assertEquals(List.of(id(order)), texts(items(grid), "id"));
    }

    @Test
    public void aReclamationOnAShippedOrderLeavesItShipped() {
        JsonNode order = twoLineOrder();
        Reply shipped = agent().post("/orders/" + id(order) + "/actions/mark-shipped", "{}");
        assertEquals(shipped.toString(), 200, shipped.status());
        JsonNode before = orderOf(id(order));
        assertEquals("SHIPPED", before.get("status").asText());

        claimed(order, "Box was empty");

        assertTrue(flagged(order));
        assertOrderUnchanged(before);
    }

    // ================================================================ refused claims

    @Test
    public void aReasonIsRequiredAndARefusedClaimWritesNothing() {
        JsonNode order = twoLineOrder();
        assertFieldError(claim(order, obj()), "reason");
        assertFieldError(claim(order, obj("items", arr(item(lineOf(order, 0), 1)))), "reason");
        assertFieldError(claim(order, claimBody("")), "reason");
        assertFieldError(claim(order, claimBody("   ")), "reason");
        assertFieldError(claim(order, obj("reason", null)), "reason");
        assertNothingClaimed(order);
    }

    @Test
    public void claimingMoreThanWasOrderedIsRefused() {
        JsonNode order = twoLineOrder();
        JsonNode before = orderOf(id(order));
        assertItemsError(claim(order, claimBody("Too many", item(lineOf(order, 0), 3))), "quantity");
        assertItemsError(claim(order, claimBody("Too many", item(lineOf(order, 1), 4))), "quantity");
        assertNothingClaimed(order);
        assertOrderUnchanged(before);
    }

    @Test
    public void oneBadItemRefusesTheWholeClaim() {
        JsonNode order = twoLineOrder();
        Reply refused = claim(order, claimBody("Mixed", item(lineOf(order, 0), 1), item(lineOf(order, 1), 99)));
        assertProblem(refused, 422);
        assertNothingClaimed(order);
    }

    @Test
    public void aZeroOrNegativeQuantityIsRefused() {
        JsonNode order = twoLineOrder();
        assertProblem(claim(order, claimBody("Nothing", item(lineOf(order, 0), 0))), 422);
        assertProblem(claim(order, claimBody("Less than nothing", item(lineOf(order, 0), -1))), 422);
        assertNothingClaimed(order);
    }

    @Test
    public void anUnknownItemIsRefused() {
        JsonNode order = twoLineOrder();
        assertFieldError(claim(order, claimBody("Ghost item", obj("itemId", "987654321", "quantity", 1))),
                "items[0].itemId");
        assertNothingClaimed(order);
    }

    @Test
    public void anItemOfAnotherOrderIsUnknownHere() {
        JsonNode order = twoLineOrder();
        JsonNode other = twoLineOrder();
        assertFieldError(claim(order, claimBody("Wrong order's item", item(lineOf(other, 0), 1))),
                "items[0].itemId");
        assertNothingClaimed(order);
        assertNothingClaimed(other);
    }

    @Test
    public void claimingAnUnknownOrderIs404() {
        Reply reply = agent().post("/orders/987654321/reclamations", claimBody("No such order").toString());
        assertProblem(reply, 404);
        assertProblem(agent().post("/orders/not-an-id/reclamations", claimBody("No such order").toString()), 404);
    }

    @Test
    public void claimingADeletedOrderIs404() {
        JsonNode order = twoLineOrder();
        Reply deleted = admin().delete("/orders/" + id(order));
        assertEquals(deleted.toString(), 204, deleted.status());
        assertProblem(claim(order, claimBody("Too late")), 404);
        assertEquals(0, reclamationsOf(order));
    }

    @Test
    public void aViewerCannotClaimButMayRead() {
        JsonNode order = twoLineOrder();
        assertProblem(viewer().post("/orders/" + id(order) + "/reclamations", claimBody("Viewer's").toString()), 403);
        assertNothingClaimed(order);

        JsonNode created = claimed(order, "Agent's");
        Reply read = viewer().get("/reclamations/" + id(created));
        assertEquals(read.toString(), 200, read.status());
        assertEquals(1, total("orderId=" + id(order)));
    }

    @Test
    public void anonymousCallersAreUnauthorized() {
        JsonNode order = twoLineOrder();
        Reply reply = Api.anonymous().post("/orders/" + id(order) + "/reclamations", claimBody("Anonymous").toString());
        assertEquals(reply.toString(), 401, reply.status());
        assertEquals(401, Api.anonymous().get("/reclamations").status());
        assertNothingClaimed(order);
    }

    @Test
    public void anUnknownReclamationIs404() {
        assertProblem(viewer().get("/reclamations/987654321"), 404);
        assertProblem(agent().post("/reclamations/987654321/close", obj("resolution", "x").toString()), 404);
    }

    // ================================================================ listing

    @Test
    public void theListFiltersByStatusAndOrder() {
        JsonNode order = twoLineOrder();
        JsonNode other = twoLineOrder();
        JsonNode open = claimed(order, "Still open");
        JsonNode done = claimed(order, "Soon closed");
        JsonNode elsewhere = claimed(other, "Another order's");
        closed(done, "Refunded");

        Reply all = list("orderId=" + id(order));
        assertEquals(all.toString(), 2, all.json().get("total").asLong());
        assertEquals(1, all.json().get("page").asInt());
        assertTrue(all.toString(), all.json().get("size").asInt() >= 2);
        List<String> ids = texts(items(all), "id");
        assertEquals(all.toString(), 2, ids.size());
        assertTrue(all.toString(), ids.contains(id(open)));
        assertTrue(all.toString(), ids.contains(id(done)));
        assertFalse(all.toString(), ids.contains(id(elsewhere)));

        Reply openOnes = list("status=OPEN&orderId=" + id(order));
        assertEquals(openOnes.toString(), 1, openOnes.json().get("total").asLong());
        assertEquals(List.of(id(open)), texts(items(openOnes), "id"));
        assertEquals("OPEN", items(openOnes).get(0).get("status").asText());

        Reply closedOnes = list("status=CLOSED&orderId=" + id(order));
        assertEquals(closedOnes.toString(), 1, closedOnes.json().get("total").asLong());
        assertEquals(List.of(id(done)), texts(items(closedOnes), "id"));
        assertEquals("CLOSED", items(closedOnes).get(0).get("status").asText());

        Reply openEverywhere = list("status=OPEN&size=200");
        for (JsonNode reclamation : items(openEverywhere)) {
            assertEquals(openEverywhere.toString(), "OPEN", reclamation.get("status").asText());
        }
    }

    @Test
    public void anOrderWithoutReclamationsListsNone() {
        JsonNode order = twoLineOrder();
        Reply reply = list("orderId=" + id(order));
        assertEquals(0, reply.json().get("total").asLong());
        assertEquals(0, items(reply).size());
    }

    @Test
    public void anUnknownStatusFilterIs422() {
        assertProblem(viewer().get("/reclamations?status=PENDING"), 422);
        assertProblem(viewer().get("/reclamations?status=open-ish"), 422);
    }

    // ================================================================ closing

    @Test
    public void closingRecordsTheResolutionAndRemovesTheFlag() {
        JsonNode order = twoLineOrder();
        JsonNode created = claimed(order, "Wrong size");
        assertTrue(flagged(order));

        Reply reply = close(created, "Exchanged for size M");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode closed = reply.json();
        assertEquals(id(created), id(closed));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals("Exchanged for size M", closed.get("resolution").asText());
        assertEquals("agent", closed.get("closedBy").asText());
        assertFalse(reply.toString(), closed.path("closedAt").asText().isEmpty());
        assertEquals("Wrong size", closed.get("reason").asText());

        JsonNode read = reclamationOf(created);
        assertEquals("CLOSED", read.get("status").asText());
        assertEquals("Exchanged for size M", read.get("resolution").asText());
        assertEquals("agent", read.get("closedBy").asText());
        assertFalse(read.toString(), read.path("closedAt").asText().isEmpty());

        assertFalse(orderOf(id(order)).toString(), flagged(order));
    }

    @Test
    public void closingAClosedReclamationIs409AndKeepsTheFirstResolution() {
        JsonNode order = twoLineOrder();
        JsonNode created = claimed(order, "Scratched");
        JsonNode first = closed(created, "Partial refund");

        assertProblem(close(created, "Full refund"), 409);

        JsonNode read = reclamationOf(created);
        assertEquals("CLOSED", read.get("status").asText());
        assertEquals("Partial refund", read.get("resolution").asText());
        assertEquals(first.get("closedAt").asText(), read.get("closedAt").asText());
        assertFalse(flagged(order));
    }

    @Test
    public void aResolutionIsRequiredToClose() {
        JsonNode order = twoLineOrder();
        JsonNode created = claimed(order, "Missing manual");

        assertProblem(close(created, null), 422);
        assertProblem(close(created, ""), 422);

        JsonNode read = reclamationOf(created);
        assertEquals("OPEN", read.get("status").asText());
        assertTrue(read.path("resolution").isMissingNode() || read.path("resolution").isNull());
        assertTrue(flagged(order));
        assertEquals(1, total("status=OPEN&orderId=" + id(order)));
    }

    @Test
    public void aViewerCannotClose() {
        JsonNode order = twoLineOrder();
        JsonNode created = claimed(order, "Dented");
        assertProblem(viewer().post("/reclamations/" + id(created) + "/close", obj("resolution", "No").toString()), 403);
        assertEquals("OPEN", reclamationOf(created).get("status").asText());
        assertTrue(flagged(order));
    }

    @Test
    public void theFlagStaysUntilTheLastOpenReclamationIsClosed() {
        String customerId = customer();
        JsonNode order = twoLineOrder(customerId);
        JsonNode one = claimed(order, "First complaint");
        JsonNode two = claimed(order, "Second complaint");
        assertTrue(flagged(order));
        assertEquals(1, gridTotal(customerId));

        closed(one, "Answered");
        assertTrue(orderOf(id(order)).toString(), flagged(order));
        assertEquals(1, gridTotal(customerId));

        closed(two, "Answered too");
        assertFalse(orderOf(id(order)).toString(), flagged(order));
        assertEquals(0, gridTotal(customerId));
        assertEquals("OPEN", orderOf(id(order)).get("status").asText());
    }

    @Test
    public void aNewClaimAfterClosingFlagsTheOrderAgain() {
        JsonNode order = twoLineOrder();
        closed(claimed(order, "First"), "Done");
        assertFalse(flagged(order));
        claimed(order, "Again");
        assertTrue(flagged(order));
        assertEquals(1, total("status=OPEN&orderId=" + id(order)));
        assertEquals(1, total("status=CLOSED&orderId=" + id(order)));
    }

    // ================================================================ dashboard

    @Test
    public void theDashboardCountsOpenReclamations() {
        JsonNode order = twoLineOrder();
        long before = openReclamations();

        JsonNode created = claimed(order, "Counted");
        assertEquals(before + 1, openReclamations());

        assertProblem(claim(order, obj()), 422);
        assertEquals(before + 1, openReclamations());

        closed(created, "Uncounted");
        assertEquals(before, openReclamations());
    }

    // ================================================================ deleting the order

    @Test
    public void deletingTheOrderRemovesItsReclamations() throws InterruptedException {
        JsonNode order = twoLineOrder();
        JsonNode open = claimed(order, "Open one");
        JsonNode done = claimed(order, "Closed one");
        closed(done, "Closed");

        Reply deleted = admin().delete("/orders/" + id(order));
        assertEquals(deleted.toString(), 204, deleted.status());
        assertProblem(getOrder(id(order)), 404);

        awaitGone(open);
        awaitGone(done);
    }

    private static void awaitGone(JsonNode reclamation) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Reply reply = viewer().get("/reclamations/" + id(reclamation));
        while (reply.status() != 404 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = viewer().get("/reclamations/" + id(reclamation));
        }
        assertProblem(reply, 404);
    }
}
