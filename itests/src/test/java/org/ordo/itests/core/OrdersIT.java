package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ordo.itests.core.CoreFixtures.addAddress;
import static org.ordo.itests.core.CoreFixtures.address;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertDecimal;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.created;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.enc;
import static org.ordo.itests.core.CoreFixtures.etagOf;
import static org.ordo.itests.core.CoreFixtures.getOrder;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.newSku;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.orderCount;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.ordersOf;
import static org.ordo.itests.core.CoreFixtures.patchIfMatch;
import static org.ordo.itests.core.CoreFixtures.postIdempotent;
import static org.ordo.itests.core.CoreFixtures.problemMentions;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.shippingMethod;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
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
 * Orders: creation, reading, editing, deleting, totals, validation, idempotency, order sources
 * (shopping lists, quotes, carts, previous orders) and abandoned carts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrdersIT {
    private static final Pattern NUMBER = Pattern.compile("SO-\\d{6,}");
    private static final int ABANDON_AFTER_SECONDS = 2;

    @Before
    public void coreIsPublished() {
        CoreFixtures.awaitCore();
    }

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(editConfigurationFilePut("etc/org.ordo.core.carts.cfg",
                "abandonAfterSeconds", String.valueOf(ABANDON_AFTER_SECONDS)));
    }

    // ================================================================ create and read

    @Test
    public void createdOrderIsOpenWithLocationEtagAndAllFields() {
        String customerId = customer();
        String sku = product("19.90", "EUR", "19", 10);
        Reply reply = agent().post("/orders", orderBody(customerId, line(sku, 2)).toString());
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode order = reply.json();
        String id = order.get("id").asText();
        assertFalse(reply.toString(), id.isEmpty());
        assertNotNull(reply.toString(), reply.header("Location"));
        assertTrue(reply.header("Location"), reply.header("Location").endsWith("/orders/" + id));
        assertEquals(etagOf(order), reply.header("ETag"));

        assertTrue(order.toString(), NUMBER.matcher(order.get("number").asText()).matches());
        assertEquals("OPEN", order.get("status").asText());
        assertEquals(customerId, order.get("customerId").asText());
        assertEquals("BACK_OFFICE", order.get("channel").asText());
        assertEquals("EUR", order.get("currency").asText());
        Instant.parse(order.get("createdAt").asText());
        Instant.parse(order.get("updatedAt").asText());
        assertTrue(order.toString(), order.has("version"));
        assertTrue(order.toString(), order.get("flags").isArray());
        assertEquals(0, order.get("flags").size());

        assertEquals(1, order.get("lines").size());
        JsonNode line = order.get("lines").get(0);
        assertFalse(line.toString(), line.path("id").asText().isEmpty());
        assertEquals(sku, line.get("sku").asText());
        assertEquals("Product " + sku, line.get("name").asText());
        assertEquals(2, line.get("quantity").asInt());
        assertMoney("19.90", line.get("unitPrice"));
        assertDecimal("19", line.get("taxRate"));
        assertMoney("39.80", line.get("total"));
        assertEquals("NEW", line.get("state").asText());

        JsonNode totals = order.get("totals");
        assertMoney("39.80", totals.get("subtotal"));
        assertMoney("0.00", totals.get("discount"));
        assertMoney("0.00", totals.get("shipping"));
        assertMoney("7.56", totals.get("tax"));
        assertMoney("47.36", totals.get("grandTotal"));

        Reply read = getOrder(id);
        assertEquals(read.toString(), 200, read.status());
        assertEquals(order.get("number").asText(), read.text("/number"));
        assertEquals(etagOf(read.json()), read.header("ETag"));
        assertMoney("47.36", read.json().at("/totals/grandTotal"));
    }

    @Test
    public void taxIsRoundedHalfUpPerLine() {
        String customerId = customer();
        String sku = product("19.99", "EUR", "19", 10);
        JsonNode order = order(customerId, line(sku, 3));
        assertMoney("59.97", order.at("/lines/0/total"));
        assertMoney("59.97", order.at("/totals/subtotal"));
        assertMoney("11.39", order.at("/totals/tax"));
        assertMoney("71.36", order.at("/totals/grandTotal"));
    }

    @Test
    public void taxIsSummedOverRoundedLineTaxes() {
        // each line: 0.05 × 10 % = 0.005 → 0.01; rounding the sum instead would give 0.01 in total
        String customerId = customer();
        String first = product("0.05", "EUR", "10", 10);
        String second = product("0.05", "EUR", "10", 10);
        JsonNode order = order(customerId, line(first, 1), line(second, 1));
        assertMoney("0.10", order.at("/totals/subtotal"));
        assertMoney("0.02", order.at("/totals/tax"));
        assertMoney("0.12", order.at("/totals/grandTotal"));
    }

    @Test
    public void yenOrdersHaveNoMinorDigits() {
        String customerId = customer();
        String sku = product("1500", "JPY", "10", 10);
        JsonNode order = order(customerId, line(sku, 3));
        assertEquals("JPY", order.get("currency").asText());
        assertMoney("1500", order.at("/lines/0/unitPrice"));
        assertMoney("4500", order.at("/lines/0/total"));
        assertMoney("4500", order.at("/totals/subtotal"));
        assertMoney("0", order.at("/totals/discount"));
        assertMoney("0", order.at("/totals/shipping"));
        assertMoney("450", order.at("/totals/tax"));
        assertMoney("4950", order.at("/totals/grandTotal"));
    }

    @Test
    public void creatingAnOrderReservesStock() {
        String customerId = customer();
        String first = product("1.00", 10);
        String second = product("2.00", 4);
        order(customerId, line(first, 3), line(second, 4));
        assertEquals(7, stock(first));
        assertEquals(0, stock(second));
    }

    @Test
    public void explicitUnitPriceOverridesTheCatalogPrice() {
        String customerId = customer();
        String sku = product("10.00", 10);
        JsonNode order = order(customerId, CoreFixtures.line(sku, 2, "8.50"));
        assertMoney("8.50", order.at("/lines/0/unitPrice"));
        assertMoney("10.00", order.at("/lines/0/catalogPrice"));
        assertEquals("agent", order.at("/lines/0/priceSetBy").asText());
        assertMoney("17.00", order.at("/lines/0/total"));
        assertMoney("17.00", order.at("/totals/grandTotal"));
    }

    @Test
    public void givenChannelAndNoteAreKept() {
        String customerId = customer();
        String sku = product("1.00", 10);
        ObjectNode body = orderBody(customerId, line(sku, 1));
        body.put("channel", "PHONE");
        body.put("note", "Call before delivery");
        body.put("currency", "EUR");
        JsonNode order = created(agent().post("/orders", body.toString()));
        assertEquals("PHONE", order.get("channel").asText());
        assertEquals("Call before delivery", order.get("note").asText());
        assertEquals("PHONE", orderOf(order.get("id").asText()).get("channel").asText());
    }

    @Test
    public void orderIsFoundByItsNumber() {
        String customerId = customer();
        JsonNode order = order(customerId, line(product("1.00", 10), 1));
        Reply reply = viewer().get("/orders/by-number/" + enc(order.get("number").asText()));
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(order.get("id").asText(), reply.text("/id"));
        assertProblem(viewer().get("/orders/by-number/SO-999999999"), 404);
    }

    @Test
    public void unknownOrMalformedOrderIdIs404() {
        assertProblem(viewer().get("/orders/987654321"), 404);
        assertProblem(viewer().get("/orders/abc"), 404);
    }

    @Test
    public void orderNumbersAreUnique() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String first = order(customerId, line(sku, 1)).get("number").asText();
        String second = order(customerId, line(sku, 1)).get("number").asText();
        assertTrue(NUMBER.matcher(first).matches());
        assertTrue(NUMBER.matcher(second).matches());
        assertNotEquals(first, second);
    }

    @Test
    public void viewerCannotCreateOrders() {
        String customerId = customer();
        String sku = product("1.00", 10);
        assertProblem(viewer().post("/orders", orderBody(customerId, line(sku, 1)).toString()), 403);
        assertEquals(10, stock(sku));
        assertEquals(0, orderCount(customerId));
    }

    // ================================================================ addresses

    @Test
    public void inlineAddressesAreKept() {
        String customerId = customer();
        ObjectNode body = orderBody(customerId, line(product("1.00", 10), 1));
        body.set("billingAddress", address("Rechnungsweg 1", "Hamburg", "DE"));
        body.set("shippingAddress", address("Lieferstr. 2", "Wien", "AT"));
        String standard = shippingMethod("4.90");
        body.put("shippingMethod", standard);
        JsonNode order = created(agent().post("/orders", body.toString()));
        assertEquals("Rechnungsweg 1", order.at("/billingAddress/street").asText());
        assertEquals("Lieferstr. 2", order.at("/shippingAddress/street").asText());
        assertEquals("AT", order.at("/shippingAddress/country").asText());
        assertEquals(standard, order.get("shippingMethod").asText());
        JsonNode read = orderOf(order.get("id").asText());
        assertEquals("Wien", read.at("/shippingAddress/city").asText());
    }

    @Test
    public void addressByIdIsCopiedAsASnapshot() {
        String customerId = customer();
        String addressId = addAddress(customerId, "Alte Str. 1");
        ObjectNode body = orderBody(customerId, line(product("1.00", 10), 1));
        body.set("shippingAddress", obj("addressId", addressId));
        body.set("billingAddress", obj("addressId", addressId));
        JsonNode order = created(agent().post("/orders", body.toString()));
        assertEquals("Alte Str. 1", order.at("/shippingAddress/street").asText());
        assertEquals("Berlin", order.at("/shippingAddress/city").asText());
        assertEquals("DE", order.at("/billingAddress/country").asText());

        Reply patched = agent().patch("/customers/" + customerId + "/addresses/" + addressId,
                obj("street", "Neue Str. 2").toString());
        assertEquals(patched.toString(), 200, patched.status());
        JsonNode read = orderOf(order.get("id").asText());
        assertEquals("Alte Str. 1", read.at("/shippingAddress/street").asText());
        assertEquals("Alte Str. 1", read.at("/billingAddress/street").asText());
    }

    @Test
    public void addressOfAnotherCustomerIsRefused() {
        String customerId = customer();
        String foreign = addAddress(customer(), "Fremde Str. 9");
        String sku = product("1.00", 10);
        ObjectNode body = orderBody(customerId, line(sku, 1));
        body.set("shippingAddress", obj("addressId", foreign));
        assertProblem(agent().post("/orders", body.toString()), 422);
        assertEquals(0, orderCount(customerId));
        assertEquals(10, stock(sku));
    }

    @Test
    public void inlineAddressWithABadCountryIsRefused() {
        String customerId = customer();
        String sku = product("1.00", 10);
        ObjectNode body = orderBody(customerId, line(sku, 1));
        body.set("shippingAddress", address("Hauptstr. 1", "Berlin", "Germany"));
        Reply reply = agent().post("/orders", body.toString());
        assertProblem(reply, 422);
        assertTrue(reply.toString(), reply.body().contains("country"));
        assertEquals(0, orderCount(customerId));
        assertEquals(10, stock(sku));
    }

    // ================================================================ validation

    @Test
    public void unknownCustomerIsRefused() {
        String sku = product("1.00", 10);
        assertFieldError(agent().post("/orders", orderBody("987654321", line(sku, 1)).toString()), "customerId");
        assertEquals(10, stock(sku));
    }

    @Test
    public void unknownSkuIsRefusedNamingTheLineAndReservesNothing() {
        String customerId = customer();
        String known = product("1.00", 10);
        String unknown = newSku();
        String message = assertFieldError(agent().post("/orders",
                orderBody(customerId, line(known, 2), line(unknown, 1)).toString()), "lines[1].sku");
        assertTrue(message, message.contains(unknown));
        assertEquals(10, stock(known));
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void invalidQuantitiesAreRefusedAndReserveNothing() {
        String customerId = customer();
        String sku = product("1.00", 10);
        for (Object quantity : new Object[] {0, -1, 1.5, 1_000_001}) {
            Reply reply = agent().post("/orders", orderBody(customerId, line(sku, quantity)).toString());
            assertFieldError(reply, "lines[0].quantity");
        }
        assertEquals(10, stock(sku));
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void orderWithoutLinesOrSourceIsRefused() {
        String customerId = customer();
        assertProblem(agent().post("/orders", obj("customerId", customerId).toString()), 422);
        assertProblem(agent().post("/orders", orderBody(customerId).toString()), 422);
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void orderingMoreThanTheStockIsRefusedAndReservesNothing() {
        String customerId = customer();
        String plenty = product("1.00", 10);
        String scarce = product("1.00", 2);
        Reply reply = agent().post("/orders", orderBody(customerId, line(plenty, 5), line(scarce, 3)).toString());
        assertProblem(reply, 422);
        assertTrue(reply.toString(), problemMentions(reply, scarce));
        assertEquals(10, stock(plenty));
        assertEquals(2, stock(scarce));
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void linesInAnotherCurrencyThanTheOrderAreRefused() {
        String customerId = customer();
        String euro = product("1.00", "EUR", "0", 10);
        String yen = product("100", "JPY", "0", 10);
        assertProblem(agent().post("/orders", orderBody(customerId, line(euro, 1), line(yen, 1)).toString()), 422);

        ObjectNode body = orderBody(customerId, line(yen, 1));
        body.put("currency", "EUR");
        assertProblem(agent().post("/orders", body.toString()), 422);

        assertEquals(10, stock(euro));
        assertEquals(10, stock(yen));
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void malformedJsonIs400AndCreatesNothing() {
        String customerId = customer();
        assertProblem(agent().post("/orders", "{\"customerId\": \"" + customerId + "\", \"lines\": ["), 400);
        assertEquals(0, orderCount(customerId));
    }

    // ================================================================ edit

    @Test
    public void patchingNoteAndShippingMethodBumpsTheVersion() {
        String customerId = customer();
        JsonNode order = order(customerId, line(product("1.00", 10), 1));
        String id = order.get("id").asText();
        long version = order.get("version").asLong();

        String express = shippingMethod("9.90");
        Reply reply = agent().patch("/orders/" + id, obj("note", "Gift wrap", "shippingMethod", express).toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("Gift wrap", reply.text("/note"));
        assertEquals(express, reply.text("/shippingMethod"));
        assertEquals(version + 1, reply.json().get("version").asLong());
        assertEquals(etagOf(reply.json()), reply.header("ETag"));
        assertNotEquals(reply.header("ETag"), etagOf(order));

        JsonNode read = orderOf(id);
        assertEquals("Gift wrap", read.get("note").asText());
        assertEquals(version + 1, read.get("version").asLong());
    }

    @Test
    public void patchingAddressesReplacesThem() {
        String customerId = customer();
        String id = order(customerId, line(product("1.00", 10), 1)).get("id").asText();
        Reply reply = agent().patch("/orders/" + id, obj(
                "billingAddress", address("Billing 1", "Köln", "DE"),
                "shippingAddress", address("Shipping 2", "Basel", "CH")).toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("Billing 1", reply.text("/billingAddress/street"));
        assertEquals("CH", reply.text("/shippingAddress/country"));
        assertEquals("Basel", orderOf(id).at("/shippingAddress/city").asText());
    }

    @Test
    public void patchingLinesChangesAddsAndRemovesLinesAndAdjustsStockAndTotals() {
        String customerId = customer();
        String kept = product("10.00", "EUR", "19", 20);
        String removed = product("5.00", "EUR", "19", 20);
        String added = product("2.50", "EUR", "7", 20);
        JsonNode order = order(customerId, line(kept, 2), line(removed, 3));
        String id = order.get("id").asText();
        String keptLineId = lineOf(order, kept).get("id").asText();
        assertEquals(18, stock(kept));
        assertEquals(17, stock(removed));

        ObjectNode keptLine = line(kept, 5);
        keptLine.put("id", keptLineId);
        Reply reply = agent().patch("/orders/" + id, obj("lines", arr(keptLine, line(added, 4))).toString());
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode patched = reply.json();
        assertEquals(patched.toString(), 2, patched.get("lines").size());
        JsonNode keptAfter = lineOf(patched, kept);
        assertEquals(keptLineId, keptAfter.get("id").asText());
        assertEquals(5, keptAfter.get("quantity").asInt());
        assertMoney("50.00", keptAfter.get("total"));
        assertEquals(4, lineOf(patched, added).get("quantity").asInt());
        assertNull(patched.toString(), lineOf(patched, removed));

        // 50.00 × 19 % = 9.50; 10.00 × 7 % = 0.70
        assertMoney("60.00", patched.at("/totals/subtotal"));
        assertMoney("10.20", patched.at("/totals/tax"));
        assertMoney("70.20", patched.at("/totals/grandTotal"));
        assertEquals(order.get("version").asLong() + 1, patched.get("version").asLong());

        assertEquals(15, stock(kept));
        assertEquals(20, stock(removed));
        assertEquals(16, stock(added));
        assertMoney("70.20", orderOf(id).at("/totals/grandTotal"));
    }

    @Test
    public void patchWithTheCurrentIfMatchSucceeds() {
        JsonNode order = order(customer(), line(product("1.00", 10), 1));
        Reply reply = patchIfMatch("/orders/" + order.get("id").asText(), etagOf(order), obj("note", "ok"));
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("ok", reply.text("/note"));
    }

    @Test
    public void patchWithAStaleIfMatchIs412AndChangesNothing() {
        String sku = product("1.00", 10);
        JsonNode order = order(customer(), line(sku, 1));
        String id = order.get("id").asText();
        String staleEtag = etagOf(order);
        Reply first = patchIfMatch("/orders/" + id, staleEtag, obj("note", "first"));
        assertEquals(first.toString(), 200, first.status());

        ObjectNode lines = obj("note", "second", "lines", arr(line(sku, 5)));
        assertProblem(patchIfMatch("/orders/" + id, staleEtag, lines), 412);
        JsonNode read = orderOf(id);
        assertEquals("first", read.get("note").asText());
        assertEquals(first.json().get("version").asLong(), read.get("version").asLong());
        assertEquals(1, read.at("/lines/0/quantity").asInt());
        assertEquals(9, stock(sku));
    }

    @Test
    public void raisingAQuantityBeyondTheStockIsRefusedAndChangesNothing() {
        String sku = product("1.00", 5);
        JsonNode order = order(customer(), line(sku, 2));
        String id = order.get("id").asText();
        ObjectNode raised = line(sku, 8);
        raised.put("id", order.at("/lines/0/id").asText());
        Reply reply = agent().patch("/orders/" + id, obj("lines", arr(raised)).toString());
        assertProblem(reply, 422);
        assertTrue(reply.toString(), problemMentions(reply, sku));
        assertEquals(3, stock(sku));
        JsonNode read = orderOf(id);
        assertEquals(2, read.at("/lines/0/quantity").asInt());
        assertEquals(order.get("version").asLong(), read.get("version").asLong());
    }

    @Test
    public void patchWithAnInvalidQuantityChangesNothing() {
        String sku = product("1.00", 5);
        JsonNode order = order(customer(), line(sku, 2));
        String id = order.get("id").asText();
        ObjectNode bad = line(sku, 0);
        bad.put("id", order.at("/lines/0/id").asText());
        assertFieldError(agent().patch("/orders/" + id, obj("lines", arr(bad)).toString()), "lines[0].quantity");
        assertEquals(3, stock(sku));
        assertEquals(order.get("version").asLong(), orderOf(id).get("version").asLong());
    }

    @Test
    public void patchingAnUnknownOrderIs404() {
        assertProblem(agent().patch("/orders/987654321", obj("note", "x").toString()), 404);
    }

    @Test
    public void viewerCannotPatchOrders() {
        JsonNode order = order(customer(), line(product("1.00", 10), 1));
        String id = order.get("id").asText();
        assertProblem(viewer().patch("/orders/" + id, obj("note", "viewer was here").toString()), 403);
        assertEquals(order.get("version").asLong(), orderOf(id).get("version").asLong());
    }

    // ================================================================ delete

    @Test
    public void agentCannotDeleteOrders() {
        String sku = product("1.00", 10);
        String id = order(customer(), line(sku, 4)).get("id").asText();
        assertProblem(agent().delete("/orders/" + id), 403);
        assertEquals(200, getOrder(id).status());
        assertEquals(6, stock(sku));
    }

    @Test
    public void adminDeletesAnOrderAndItsStockComesBack() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String id = order(customerId, line(sku, 4)).get("id").asText();
        assertEquals(6, stock(sku));
        assertEquals(1, orderCount(customerId));

        Reply reply = admin().delete("/orders/" + id);
        assertEquals(reply.toString(), 204, reply.status());
        assertProblem(getOrder(id), 404);
        assertEquals(10, stock(sku));
        assertEquals(0, orderCount(customerId));
        assertProblem(admin().delete("/orders/" + id), 404);
    }

    // ================================================================ idempotency

    @Test
    public void retryWithTheSameIdempotencyKeyReturnsTheSameOrder() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String key = "key-" + unique();
        ObjectNode body = orderBody(customerId, line(sku, 3));
        Reply first = postIdempotent(key, body);
        assertEquals(first.toString(), 201, first.status());
        Reply second = postIdempotent(key, body);
        assertTrue(second.toString(), second.status() == 201 || second.status() == 200);
        assertEquals(first.text("/id"), second.text("/id"));
        assertEquals(first.text("/number"), second.text("/number"));
        assertEquals(1, orderCount(customerId));
        assertEquals(7, stock(sku));
    }

    @Test
    public void sameIdempotencyKeyWithAnotherBodyIsRefused() {
        String customerId = customer();
        String sku = product("1.00", 10);
        String key = "key-" + unique();
        Reply first = postIdempotent(key, orderBody(customerId, line(sku, 3)));
        assertEquals(first.toString(), 201, first.status());
        assertProblem(postIdempotent(key, orderBody(customerId, line(sku, 4))), 422);
        assertEquals(1, orderCount(customerId));
        assertEquals(7, stock(sku));
        assertEquals(3, orderOf(first.text("/id")).at("/lines/0/quantity").asInt());
    }

    @Test
    public void differentIdempotencyKeysCreateDifferentOrders() {
        String customerId = customer();
        String sku = product("1.00", 10);
        ObjectNode body = orderBody(customerId, line(sku, 1));
        Reply first = postIdempotent("key-" + unique(), body);
        Reply second = postIdempotent("key-" + unique(), body);
        assertEquals(first.toString(), 201, first.status());
        assertEquals(second.toString(), 201, second.status());
        assertNotEquals(first.text("/id"), second.text("/id"));
        assertEquals(2, orderCount(customerId));
        assertEquals(8, stock(sku));
    }

    // ================================================================ customer's orders

    @Test
    public void customerOrdersListsTheirOrdersNewestFirst() throws InterruptedException {
        String customerId = customer();
        String other = customer();
        String sku = product("1.00", 10);
        String older = order(customerId, line(sku, 1)).get("id").asText();
        Thread.sleep(1100); // createdAt may be kept to the second
        String newer = order(customerId, line(sku, 2)).get("id").asText();
        order(other, line(sku, 1));

        List<JsonNode> orders = ordersOf(customerId);
        assertEquals(List.of(newer, older), texts(orders, "id"));
        assertEquals(2, orderCount(customerId));
    }

    // ================================================================ sources

    @Test
    public void orderFromAShoppingListCopiesItsLinesAtCatalogPrice() {
        String customerId = customer();
        String first = product("4.00", 10);
        String second = product("1.25", 10);
        Reply list = agent().post("/shopping-lists", obj("customerId", customerId, "name", "Weekly",
                "lines", arr(line(first, 2), line(second, 4))).toString());
        assertEquals(list.toString(), 201, list.status());
        String listId = list.text("/id");
        assertEquals(customerId, list.text("/customerId"));
        assertEquals("Weekly", list.text("/name"));
        assertEquals(2, list.json().get("lines").size());
        Reply read = viewer().get("/shopping-lists/" + listId);
        assertEquals(read.toString(), 200, read.status());
        assertEquals("Weekly", read.text("/name"));

        JsonNode order = created(agent().post("/orders", obj("customerId", customerId,
                "source", obj("type", "SHOPPING_LIST", "id", listId)).toString()));
        assertEquals("SHOPPING_LIST", order.at("/source/type").asText());
        assertEquals(listId, order.at("/source/id").asText());
        assertEquals(2, order.get("lines").size());
        assertEquals(2, lineOf(order, first).get("quantity").asInt());
        assertMoney("4.00", lineOf(order, first).get("unitPrice"));
        assertEquals(4, lineOf(order, second).get("quantity").asInt());
        assertMoney("13.00", order.at("/totals/grandTotal"));
        assertEquals(8, stock(first));
        assertEquals(6, stock(second));
    }

    @Test
    public void orderFromAQuoteKeepsTheNegotiatedPrices() {
        String customerId = customer();
        String sku = product("100.00", "EUR", "19", 10);
        Reply quote = agent().post("/quotes", obj("customerId", customerId,
                "lines", arr(CoreFixtures.line(sku, 2, "80.00"))).toString());
        assertEquals(quote.toString(), 201, quote.status());
        String quoteId = quote.text("/id");
        Reply read = viewer().get("/quotes/" + quoteId);
        assertEquals(read.toString(), 200, read.status());
        assertMoney("80.00", read.json().at("/lines/0/unitPrice"));

        JsonNode order = created(agent().post("/orders", obj("customerId", customerId,
                "source", obj("type", "QUOTE", "id", quoteId)).toString()));
        assertEquals("QUOTE", order.at("/source/type").asText());
        assertEquals(quoteId, order.at("/source/id").asText());
        assertMoney("80.00", order.at("/lines/0/unitPrice"));
        assertMoney("160.00", order.at("/totals/subtotal"));
        assertMoney("30.40", order.at("/totals/tax"));
        assertMoney("190.40", order.at("/totals/grandTotal"));
        assertEquals(8, stock(sku));
    }

    @Test
    public void orderFromACartCopiesItsLinesAtCatalogPrice() {
        String customerId = customer();
        String sku = product("3.30", 10);
        String cartId = cart(customerId, line(sku, 3));
        JsonNode order = created(agent().post("/orders", obj("customerId", customerId,
                "source", obj("type", "CART", "id", cartId)).toString()));
        assertEquals("CART", order.at("/source/type").asText());
        assertEquals(cartId, order.at("/source/id").asText());
        assertEquals(sku, order.at("/lines/0/sku").asText());
        assertEquals(3, order.at("/lines/0/quantity").asInt());
        assertMoney("3.30", order.at("/lines/0/unitPrice"));
        assertMoney("9.90", order.at("/totals/grandTotal"));
        assertEquals(7, stock(sku));
    }

    @Test
    public void reorderUsesTodaysCatalogPrice() {
        String customerId = customer();
        String sku = product("10.00", 10);
        JsonNode previous = order(customerId, CoreFixtures.line(sku, 2, "8.00"));
        assertMoney("16.00", previous.at("/totals/grandTotal"));
        String previousId = previous.get("id").asText();

        JsonNode reorder = created(agent().post("/orders", obj("customerId", customerId,
                "source", obj("type", "ORDER", "id", previousId)).toString()));
        assertNotEquals(previousId, reorder.get("id").asText());
        assertEquals("ORDER", reorder.at("/source/type").asText());
        assertEquals(previousId, reorder.at("/source/id").asText());
        assertEquals(2, reorder.at("/lines/0/quantity").asInt());
        assertMoney("10.00", reorder.at("/lines/0/unitPrice"));
        assertMoney("20.00", reorder.at("/totals/grandTotal"));
        assertEquals(6, stock(sku));
        assertEquals(2, orderCount(customerId));
    }

    @Test
    public void unknownSourceIsRefused() {
        String customerId = customer();
        for (String type : new String[] {"SHOPPING_LIST", "QUOTE", "CART", "ORDER"}) {
            Reply reply = agent().post("/orders", obj("customerId", customerId,
                    "source", obj("type", type, "id", "987654321")).toString());
            assertFieldError(reply, "source.id");
        }
        assertEquals(0, orderCount(customerId));
    }

    @Test
    public void sourceOfAnotherCustomerIsRefused() {
        String owner = customer();
        String intruder = customer();
        String sku = product("1.00", 10);
        String cartId = cart(owner, line(sku, 1));
        Reply quote = agent().post("/quotes", obj("customerId", owner,
                "lines", arr(CoreFixtures.line(sku, 1, "0.90"))).toString());
        assertEquals(quote.toString(), 201, quote.status());
        Reply list = agent().post("/shopping-lists", obj("customerId", owner, "name", "Mine",
                "lines", arr(line(sku, 1))).toString());
        assertEquals(list.toString(), 201, list.status());
        String previousId = order(owner, line(sku, 1)).get("id").asText();

        String[][] sources = {{"CART", cartId}, {"QUOTE", quote.text("/id")},
            {"SHOPPING_LIST", list.text("/id")}, {"ORDER", previousId}};
        for (String[] source : sources) {
            Reply reply = agent().post("/orders", obj("customerId", intruder,
                    "source", obj("type", source[0], "id", source[1])).toString());
            assertProblem(reply, 422);
        }
        assertEquals(0, orderCount(intruder));
        assertEquals(9, stock(sku));
    }

    // ================================================================ carts

    @Test
    public void cartLinesAreReplaced() {
        String customerId = customer();
        String first = product("1.00", 10);
        String second = product("2.00", 10);
        Reply created = agent().post("/carts", obj("customerId", customerId, "lines", arr(line(first, 1))).toString());
        assertEquals(created.toString(), 201, created.status());
        assertEquals(customerId, created.text("/customerId"));
        Instant.parse(created.text("/updatedAt"));
        String cartId = created.text("/id");

        Reply replaced = agent().put("/carts/" + cartId + "/lines", arr(line(second, 5)).toString());
        assertEquals(replaced.toString(), 200, replaced.status());
        assertEquals(cartId, replaced.text("/id"));
        assertEquals(1, replaced.json().get("lines").size());
        assertEquals(second, replaced.text("/lines/0/sku"));
        assertEquals(5, replaced.json().at("/lines/0/quantity").asInt());
        assertEquals(10, stock(first));
        assertEquals(10, stock(second));
    }

    @Test
    public void cartUntouchedForTheConfiguredTimeIsAbandoned() throws InterruptedException {
        String customerId = customer();
        String cartId = cart(customerId, line(product("1.00", 10), 1));
        assertFalse("fresh cart is not abandoned", abandonedCarts(customerId).contains(cartId));
        Thread.sleep((ABANDON_AFTER_SECONDS + 1) * 1000L);
        assertEquals(List.of(cartId), abandonedCarts(customerId));
    }

    @Test
    public void touchingACartMakesItActiveAgain() throws InterruptedException {
        String customerId = customer();
        String sku = product("1.00", 10);
        String cartId = cart(customerId, line(sku, 1));
        Thread.sleep((ABANDON_AFTER_SECONDS + 1) * 1000L);
        assertTrue(abandonedCarts(customerId).contains(cartId));
        Reply touched = agent().put("/carts/" + cartId + "/lines", arr(line(sku, 2)).toString());
        assertEquals(touched.toString(), 200, touched.status());
        assertFalse(abandonedCarts(customerId).contains(cartId));
    }

    @Test
    public void cartConvertedToAnOrderIsNotAbandoned() throws InterruptedException {
        String customerId = customer();
        String sku = product("1.00", 10);
        String converted = cart(customerId, line(sku, 1));
        String forgotten = cart(customerId, line(sku, 2));
        JsonNode order = created(agent().post("/orders", obj("customerId", customerId,
                "source", obj("type", "CART", "id", converted)).toString()));
        Reply cart = viewer().get("/carts/" + converted);
        if (cart.status() == 200) {
            assertEquals(order.get("id").asText(), cart.text("/convertedOrderId"));
        }
        Thread.sleep((ABANDON_AFTER_SECONDS + 1) * 1000L);
        assertEquals(List.of(forgotten), abandonedCarts(customerId));
    }

    // ================================================================ helpers

    private static String cart(String customerId, ObjectNode... lines) {
        Reply reply = agent().post("/carts", obj("customerId", customerId, "lines", arr((Object[]) lines)).toString());
        assertEquals(reply.toString(), 201, reply.status());
        return reply.text("/id");
    }

    private static List<String> abandonedCarts(String customerId) {
        Reply reply = viewer().get("/customers/" + customerId + "/carts?abandoned=true");
        assertEquals(reply.toString(), 200, reply.status());
        return texts(items(reply), "id");
    }

    /** The order's line for the sku, or null. */
    private static JsonNode lineOf(JsonNode order, String sku) {
        for (JsonNode line : order.get("lines")) {
            if (sku.equals(line.path("sku").asText())) {
                return line;
            }
        }
        return null;
    }
}
