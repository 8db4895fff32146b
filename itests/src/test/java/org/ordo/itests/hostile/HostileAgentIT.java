package org.ordo.itests.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.addAddress;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.etagOf;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.orderCount;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.patchIfMatch;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a signed-in agent with bad intent sends, with nothing but the documented API: each attack
 * gets a clear 4xx problem and leaves stock, totals, counters and rows as they were; each rule
 * holds on every path that could carry it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileAgentIT {

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    // ================================================================ coupons on every path

    /** A voucher of one customer's, with usageLimit 1, and its code. */
    private static String[] voucher(String owner) {
        String code = "VIP-" + unique().toUpperCase(Locale.ROOT);
        Reply promotion = admin().post("/promotions", obj("name", "VIP " + code, "discount", obj("type", "PERCENT", "value", "100"),
                "requiresCoupon", true, "active", true, "usageLimit", 1).toString());
        assertEquals(promotion.toString(), 201, promotion.status());
        String promotionId = promotion.text("/id");
        Reply coupon = admin().post("/promotions/" + promotionId + "/coupons", obj("code", code, "customerId", owner).toString());
        assertEquals(coupon.toString(), 201, coupon.status());
        return new String[] {promotionId, code};
    }

    private static int used(String promotionId) {
        return viewer().get("/promotions/" + promotionId).json().get("used").asInt();
    }

    @Test
    public void anotherCustomersVoucherRepeatedTenTimesAtCreationIsRefusedAndCountsNothing() {
        String[] vip = voucher(customer());
        String attacker = customer();
        String sku = product("10.00", 50);
        ArrayNode codes = arr();
        for (int i = 0; i < 10; i++) {
            codes.add(vip[1]);
        }
        ObjectNode body = orderBody(attacker, line(sku, 3));
        body.set("couponCodes", codes);
        Reply tenTimes = agent().post("/orders", body.toString());
        assertProblem(tenTimes, 422);
        assertFieldError(tenTimes, "couponCodes");
        body.set("couponCodes", arr(vip[1], vip[1].toLowerCase(Locale.ROOT)));
        assertFieldError(agent().post("/orders", body.toString()), "couponCodes[1]");

        body.set("couponCodes", arr(vip[1].toLowerCase(Locale.ROOT)));
        Reply once = agent().post("/orders", body.toString());
        assertProblem(once, 422);
        assertEquals(once.toString(), "OTHER_CUSTOMER", once.text("/reason"));
        assertEquals(once.toString(), "couponCodes[0]", once.text("/errors/0/field"));

        assertEquals(0, used(vip[0]));
        assertEquals(0, orderCount(attacker));
        assertEquals(50, stock(sku));
    }

    @Test
    public void aValidCodeAtCreationIsCountedAndCancellingGivesItBack() throws Exception {
        String owner = customer();
        String[] vip = voucher(owner);
        String sku = product("10.00", 50);
        ObjectNode body = orderBody(owner, line(sku, 3));
        body.set("couponCodes", arr(" " + vip[1].toLowerCase(Locale.ROOT) + " "));
        JsonNode order = CoreFixtures.created(agent().post("/orders", body.toString()));
        assertEquals(vip[1], order.at("/couponCodes/0").asText());
        assertMoney("30.00", order.at("/totals/discount"));
        assertMoney("0.00", order.at("/totals/grandTotal"));
        assertEquals(1, used(vip[0]));

        // The limit of one use holds on the creation path too
        Reply second = agent().post("/orders", body.toString());
        assertProblem(second, 422);
        assertEquals(second.toString(), "USED_UP", second.text("/reason"));
        assertEquals(1, orderCount(owner));

        Reply cancel = agent().post("/orders/" + order.get("id").asText() + "/actions/cancel", "{}");
        assertEquals(cancel.toString(), 200, cancel.status());
        awaitUsed(vip[0], 0);
    }

    private static void awaitUsed(String promotionId, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (used(promotionId) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expected, used(promotionId));
    }

    @Test
    public void twoCodesOfOnePromotionOrMoreThanFiveCodesAreRefused() {
        String owner = customer();
        Reply promotion = admin().post("/promotions", obj("name", "Twice " + unique(), "discount", obj("type", "PERCENT", "value", "50"),
                "requiresCoupon", true, "active", true).toString());
        String promotionId = promotion.text("/id");
        Reply generated = admin().post("/promotions/" + promotionId + "/coupons", obj("generate", 6, "prefix", "TW-").toString());
        assertEquals(generated.toString(), 201, generated.status());
        List<String> codes = new ArrayList<>();
        generated.json().get("coupons").forEach(c -> codes.add(c.get("code").asText()));
        String sku = product("10.00", 50);

        ObjectNode body = orderBody(owner, line(sku, 1));
        body.set("couponCodes", arr(codes.get(0), codes.get(1)));
        Reply sameTwice = agent().post("/orders", body.toString());
        assertProblem(sameTwice, 422);
        assertEquals(sameTwice.toString(), "ALREADY_APPLIED", sameTwice.text("/reason"));
        assertEquals(sameTwice.toString(), "couponCodes[1]", sameTwice.text("/errors/0/field"));

        body.set("couponCodes", arr(codes.toArray()));
        assertFieldError(agent().post("/orders", body.toString()), "couponCodes");

        // And on an existing order: the second code of the promotion takes nothing more
        JsonNode order = order(owner, line(sku, 2));
        String orderId = order.get("id").asText();
        assertEquals(200, agent().post("/orders/" + orderId + "/coupons", obj("code", codes.get(2)).toString()).status());
        Reply again = agent().post("/orders/" + orderId + "/coupons", obj("code", codes.get(3)).toString());
        assertProblem(again, 422);
        assertEquals(again.toString(), "ALREADY_APPLIED", again.text("/reason"));
        assertMoney("10.00", orderOf(orderId).at("/totals/discount"));
        assertEquals(1, used(promotionId));
        assertEquals(1, orderCount(owner));
    }

    // ================================================================ quantities and sums

    @Test
    public void aCartOfManyMillionUnitLinesCannotWrapTheStockAround() {
        String owner = customer();
        String sku = product("1.00", 21);
        ArrayNode lines = arr();
        for (int i = 0; i < 2148; i++) {
            lines.add(line(sku, 1_000_000));
        }
        Reply bigCart = agent().post("/carts", obj("customerId", owner, "lines", lines).toString());
        assertProblem(bigCart, 422);
        assertFieldError(bigCart, "lines");

        ArrayNode withinCount = arr();
        for (int i = 0; i < 3; i++) {
            withinCount.add(line(sku, 1_000_000));
        }
        Reply cart = agent().post("/carts", obj("customerId", owner, "lines", withinCount).toString());
        assertProblem(cart, 422);
        assertFieldError(cart, "lines[0].quantity");

        Reply typed = agent().post("/orders", orderBody(owner, line(sku, 1_000_000), line(sku, 1_000_000)).toString());
        assertProblem(typed, 422);
        assertFieldError(typed, "lines[0].quantity");
        assertEquals(21, stock(sku));
        assertEquals(0, orderCount(owner));
    }

    @Test
    public void aTotalTheColumnsCannotHoldIsRefusedBeforeAnythingIsWritten() {
        String owner = customer();
        String sku = product("999999999999.00", 1_000_000);
        Reply reply = admin().post("/orders", orderBody(owner, line(sku, 1000)).toString());
        assertProblem(reply, 422);
        assertFieldError(reply, "lines[0].quantity");
        assertEquals(1_000_000, stock(sku));
        assertEquals(0, orderCount(owner));
    }

    /** Found by InvariantIT: raising a shipped line's quantity made units appear shipped that never left stock. */
    @Test
    public void aShippedLineKeepsItsQuantityAndStaysOnTheOrder() {
        String owner = customer();
        String shipped = product("10.00", 20);
        String waiting = product("10.00", 20);
        JsonNode order = order(owner, line(shipped, 2), line(waiting, 1));
        String orderId = order.get("id").asText();
        String shippedLine = order.at("/lines/0/id").asText();
        assertEquals(200, agent().post("/orders/" + orderId + "/items/events/pay", "{}").status());
        Reply shipment = agent().post("/orders/" + orderId + "/shipments", obj("carrier", "UPS", "trackingNumber", "1Z1",
                "items", arr(obj("itemId", shippedLine, "quantity", 2))).toString());
        assertEquals(shipment.toString(), 201, shipment.status());
        JsonNode before = orderOf(orderId);
        assertEquals(before.toString(), "SHIPPED", before.at("/lines/0/state").asText());

        Reply more = patchIfMatch("/orders/" + orderId, etagOf(before), obj("lines", arr(
                obj("id", shippedLine, "quantity", 9), obj("id", before.at("/lines/1/id").asText(), "quantity", 1))));
        assertFieldError(more, "lines[0].quantity");
        Reply removed = patchIfMatch("/orders/" + orderId, etagOf(before), obj("lines", arr(
                obj("id", before.at("/lines/1/id").asText(), "quantity", 1))));
        assertFieldError(removed, "lines");

        JsonNode after = orderOf(orderId);
        assertEquals(before.get("version"), after.get("version"));
        assertEquals(2, after.at("/lines/0/quantity").asInt());
        assertEquals(18, stock(shipped));
        assertEquals(19, stock(waiting));
    }

    // ================================================================ money an agent may give away

    @Test
    public void anAgentPricesAtMostTwentyPercentBelowTheCatalogueOnEveryPath() {
        String owner = customer();
        String sku = product("10.00", 100);

        Reply penny = agent().post("/orders", orderBody(owner, line(sku, 1, "0.01")).toString());
        assertProblem(penny, 403);
        assertEquals(penny.toString(), "lines[0].unitPrice", penny.text("/field"));
        assertEquals(penny.toString(), "agentMaxPriceReductionPercent", penny.text("/limit"));
        assertEquals(0, orderCount(owner));
        assertEquals(100, stock(sku));

        JsonNode atLimit = CoreFixtures.created(agent().post("/orders", orderBody(owner, line(sku, 1, "8.00")).toString()));
        assertMoney("10.00", atLimit.at("/lines/0/catalogPrice"));
        assertEquals("agent", atLimit.at("/lines/0/priceSetBy").asText());
        JsonNode history = agent().get("/orders/" + atLimit.get("id").asText() + "/history").json();
        assertTrue(history.toString(), history.get(0).get("comment").asText().contains("catalogue 10"));

        // Editing: the same limit, and nothing changes when it is crossed
        String orderId = atLimit.get("id").asText();
        ObjectNode lowerPrice = obj("lines", arr(obj("id", atLimit.at("/lines/0/id").asText(), "quantity", 1, "unitPrice", "5.00")));
        Reply edit = patchIfMatch("/orders/" + orderId, etagOf(atLimit), lowerPrice);
        assertProblem(edit, 403);
        JsonNode after = orderOf(orderId);
        assertEquals(atLimit.get("version"), after.get("version"));
        assertMoney("8.00", after.at("/lines/0/unitPrice"));

        // Quotes: an agent's negotiated price has the same limit; an admin's is kept for whoever orders
        Reply agentsQuote = agent().post("/quotes", obj("customerId", owner, "lines", arr(line(sku, 1, "1.00"))).toString());
        assertProblem(agentsQuote, 403);
        Reply adminsQuote = admin().post("/quotes", obj("customerId", owner, "lines", arr(line(sku, 2, "5.00"))).toString());
        assertEquals(adminsQuote.toString(), 201, adminsQuote.status());
        JsonNode fromQuote = CoreFixtures.created(agent().post("/orders", obj("customerId", owner, "source",
                obj("type", "QUOTE", "id", adminsQuote.text("/id"))).toString()));
        assertMoney("5.00", fromQuote.at("/lines/0/unitPrice"));
        assertEquals("admin", fromQuote.at("/lines/0/priceSetBy").asText());

        // An admin may go lower, and it is recorded
        JsonNode byAdmin = CoreFixtures.created(admin().post("/orders", orderBody(owner, line(sku, 1, "0.01")).toString()));
        assertEquals("admin", byAdmin.at("/lines/0/priceSetBy").asText());
    }

    @Test
    public void anAgentsSpecialDiscountsTakeAtMostTwentyPercentWhateverHappensToTheLines() {
        String owner = customer();
        String sku = product("10.00", 100);
        JsonNode order = order(owner, line(sku, 10));
        String orderId = order.get("id").asText();

        Reply all = agent().post("/orders/" + orderId + "/discounts", obj("type", "PERCENT", "value", "100", "reason", "friend").toString());
        assertProblem(all, 403);
        assertEquals(all.toString(), "agentMaxPercentOfSubtotal", all.text("/limit"));
        assertMoney("0.00", orderOf(orderId).at("/totals/discount"));

        Reply twenty = agent().post("/orders/" + orderId + "/discounts", obj("type", "AMOUNT", "value", "20.00", "reason", "late").toString());
        assertEquals(twenty.toString(), 201, twenty.status());
        assertProblem(agent().post("/orders/" + orderId + "/discounts", obj("type", "AMOUNT", "value", "0.01", "reason", "more").toString()), 403);
        assertMoney("20.00", orderOf(orderId).at("/totals/discount"));

        // Fewer units afterwards: the agent's 20.00 would be 40 % of the new subtotal, so it is capped
        JsonNode current = orderOf(orderId);
        Reply fewer = patchIfMatch("/orders/" + orderId, etagOf(current),
                obj("lines", arr(obj("id", current.at("/lines/0/id").asText(), "quantity", 5))));
        assertEquals(fewer.toString(), 200, fewer.status());
        assertMoney("10.00", fewer.json().at("/totals/discount"));

        Reply admins = admin().post("/orders/" + orderId + "/discounts", obj("type", "PERCENT", "value", "50", "reason", "VIP").toString());
        assertEquals(admins.toString(), 201, admins.status());
        assertMoney("35.00", orderOf(orderId).at("/totals/discount"));
    }

    // ================================================================ roles and history

    @Test
    public void deletesAreAdminOnlyAndViewersSeeNoCouponCodes() {
        String owner = customer();
        String addressId = addAddress(owner, "Main 1");
        assertProblem(agent().delete("/customers/" + owner + "/addresses/" + addressId), 403);
        assertEquals(200, viewer().get("/customers/" + owner + "/addresses/" + addressId).status());
        assertEquals(204, admin().delete("/customers/" + owner + "/addresses/" + addressId).status());

        String[] vip = voucher(owner);
        assertProblem(viewer().get("/promotions/" + vip[0] + "/coupons"), 403);
        Reply agents = agent().get("/promotions/" + vip[0] + "/coupons");
        assertEquals(agents.toString(), 200, agents.status());
    }

    @Test
    public void everyChangeOfAnOrderLeavesAHistoryEntryWithItsActor() {
        String owner = customer();
        String sku = product("10.00", 100);
        JsonNode order = order(owner, line(sku, 1));
        String orderId = order.get("id").asText();
        Reply edit = patchIfMatch("/orders/" + orderId, etagOf(order), obj("note", "call first",
                "lines", arr(obj("id", order.at("/lines/0/id").asText(), "quantity", 4))));
        assertEquals(edit.toString(), 200, edit.status());
        Reply discount = agent().post("/orders/" + orderId + "/discounts", obj("type", "AMOUNT", "value", "1.00", "reason", "dent").toString());
        assertEquals(discount.toString(), 201, discount.status());

        JsonNode history = Api.as("viewer").get("/orders/" + orderId + "/history").json();
        assertEquals(history.toString(), 3, history.size());
        assertEquals("create", history.get(0).get("action").asText());
        JsonNode edited = history.get(1);
        assertEquals("edit", edited.get("action").asText());
        assertEquals("agent", edited.get("actor").asText());
        assertTrue(edited.toString(), edited.get("comment").asText().contains("note"));
        assertTrue(edited.toString(), edited.get("comment").asText().contains(sku + " 1 -> 4"));
        assertEquals("agent", history.get(2).get("actor").asText());

        // An edit that changes nothing is no change
        JsonNode now = orderOf(orderId);
        Reply same = patchIfMatch("/orders/" + orderId, etagOf(now), obj("note", "call first"));
        assertEquals(same.toString(), 200, same.status());
        assertEquals(now.get("version"), same.json().get("version"));
        assertEquals(3, Api.as("viewer").get("/orders/" + orderId + "/history").json().size());
    }
}
