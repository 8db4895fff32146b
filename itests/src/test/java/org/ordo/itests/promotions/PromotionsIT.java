package org.ordo.itests.promotions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.assertDecimal;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.concurrently;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
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
 * Promotions, coupons, vouchers and agents' special discounts ({@code ordo-promotions}).
 *
 * <p>Tests share one database. Every test creates its own promotions with unique names and codes.
 * Only {@link #anAutomaticPromotionAppliesToQualifyingNewOrdersWithoutACode()} creates an automatic
 * promotion, with a minimum subtotal (98765.00) that no other test's order comes near; every other
 * order here stays below a few hundred euros.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PromotionsIT {

    private static final String AUTOMATIC_MINIMUM = "98765.00";

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
        Capability.await(Capability.PROMOTIONS);
    }

    // ================================================================ helpers

    /** A unique upper-case coupon code. */
    private static String newCode() {
        return "C" + unique().toUpperCase(Locale.ROOT);
    }

    private static String newName(String what) {
        return what + " " + unique();
    }

    private static ObjectNode discount(String type, String value) {
        return value == null ? obj("type", type) : obj("type", type, "value", value);
    }

    /** A body for an active promotion that requires a coupon; extra key/value pairs are added or replace. */
    private static ObjectNode promotionBody(String name, String type, String value, Object... extra) {
        ObjectNode body = obj("name", name, "discount", discount(type, value), "requiresCoupon", true, "active", true);
        body.setAll(obj(extra));
        return body;
    }

    /** Creates a promotion as admin and answers its body. */
    private static JsonNode promotion(ObjectNode body) {
        Reply reply = admin().post("/promotions", body.toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.json().get("id"));
        return reply.json();
    }

    private static JsonNode promotion(String name, String type, String value, Object... extra) {
        return promotion(promotionBody(name, type, value, extra));
    }

    /** Adds a coupon code to a promotion and answers the reply's coupons. */
    private static JsonNode addCoupon(JsonNode promotion, ObjectNode body) {
        Reply reply = admin().post("/promotions/" + promotion.get("id").asText() + "/coupons", body.toString());
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode coupons = reply.json().get("coupons");
        assertNotNull(reply.toString(), coupons);
        assertTrue(reply.toString(), coupons.isArray());
        return coupons;
    }

    /** A promotion that requires a coupon, with one fresh code; answers the code. */
    private static String couponFor(JsonNode promotion) {
        String code = newCode();
        JsonNode coupons = addCoupon(promotion, obj("code", code));
        assertEquals(coupons.toString(), 1, coupons.size());
        assertEquals(code, coupons.get(0).get("code").asText());
        return code;
    }

    private static JsonNode promotionOf(JsonNode promotion) {
        Reply reply = viewer().get("/promotions/" + promotion.get("id").asText());
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** An open order of one line, quantity × price (EUR, given tax rate), for a new customer. */
    private static JsonNode openOrder(String price, String taxRate, int quantity) {
        return openOrder(customer(), price, taxRate, quantity);
    }

    private static JsonNode openOrder(String customerId, String price, String taxRate, int quantity) {
        String sku = product(price, "EUR", taxRate, quantity + 100);
        return order(customerId, line(sku, quantity));
    }

    /** 2 × 50.00 EUR, no tax: subtotal 100.00. */
    private static JsonNode hundredEuroOrder() {
        JsonNode order = openOrder("50.00", "0", 2);
        assertMoney("100.00", order.at("/totals/subtotal"));
        assertMoney("100.00", order.at("/totals/grandTotal"));
        return order;
    }

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private static Reply apply(JsonNode order, String code) {
        return agent().post("/orders/" + id(order) + "/coupons", obj("code", code).toString());
    }

    private static JsonNode applied(JsonNode order, String code) {
        Reply reply = apply(order, code);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static Reply cancel(JsonNode order) {
        Reply reply = agent().post("/orders/" + id(order) + "/actions/cancel", "{}");
        assertEquals(reply.toString(), 200, reply.status());
        return reply;
    }

    private static List<String> couponCodes(JsonNode order) {
        List<String> codes = new ArrayList<>();
        order.path("couponCodes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    /** The first adjustment of the type whose label contains the text, or null. */
    private static JsonNode adjustment(JsonNode order, String type, String labelContains) {
        for (JsonNode adjustment : order.path("adjustments")) {
            if (type.equals(adjustment.path("type").asText())
                    && adjustment.path("label").asText().contains(labelContains)) {
                return adjustment;
            }
        }
        return null;
    }

    /** Whether any adjustment's label mentions the text, whatever its type. */
    private static boolean mentions(JsonNode order, String text) {
        for (JsonNode adjustment : order.path("adjustments")) {
            if (adjustment.path("label").asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A 422 refusal of the code with the reason. */
    private static void assertRefused(Reply reply, String reason) {
        assertProblem(reply, 422);
        assertEquals(reply.toString(), "code", reply.text("/errors/0/field"));
        assertEquals(reply.toString(), reason, reply.text("/reason"));
    }

    /** The order as read now has the same version, totals, coupon codes and adjustments as before. */
    private static void assertUnchanged(JsonNode before) {
        JsonNode now = orderOf(id(before));
        assertEquals(now.toString(), before.get("version").asLong(), now.get("version").asLong());
        assertEquals(before.get("totals"), now.get("totals"));
        assertEquals(couponCodes(before), couponCodes(now));
        assertEquals(before.path("adjustments"), now.path("adjustments"));
    }

    private static String inDays(long days) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(days, ChronoUnit.DAYS).toString();
    }

    private static String inMinutes(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(minutes, ChronoUnit.MINUTES).toString();
    }

    private static long promotionTotal() {
        Reply reply = viewer().get("/promotions?size=1");
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().get("total").asLong();
    }

    // ================================================================ creating promotions

    @Test
    public void anAdminCreatesAPromotionAndReadsItBack() {
        String name = newName("Spring sale");
        ObjectNode body = promotionBody(name, "PERCENT", "10", "minSubtotal", "20.00", "usageLimit", 50,
                "perCustomerLimit", 2, "startsAt", inDays(-1), "endsAt", inDays(30));
        Reply reply = admin().post("/promotions", body.toString());
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode created = reply.json();
        String id = id(created);
        assertNotNull(reply.toString(), reply.header("Location"));
        assertTrue(reply.toString(), reply.header("Location").endsWith("/promotions/" + id));
        assertEquals(name, created.get("name").asText());
        assertEquals("PERCENT", created.at("/discount/type").asText());
        assertDecimal("10", created.at("/discount/value"));
        assertMoney("20.00", created.get("minSubtotal"));
        assertEquals(50, created.get("usageLimit").asInt());
        assertEquals(2, created.get("perCustomerLimit").asInt());
        assertTrue(created.get("requiresCoupon").asBoolean());
        assertTrue(created.get("active").asBoolean());
        assertEquals(0, created.get("used").asInt());
        assertFalse(created.path("startsAt").asText().isEmpty());
        assertFalse(created.path("endsAt").asText().isEmpty());
        assertFalse(created.path("createdAt").asText().isEmpty());

        JsonNode read = promotionOf(created);
        assertEquals(id, id(read));
        assertEquals(name, read.get("name").asText());
        assertEquals("PERCENT", read.at("/discount/type").asText());
        assertEquals(0, read.get("used").asInt());

        Reply list = viewer().get("/promotions?size=200");
        assertEquals(list.toString(), 200, list.status());
        assertTrue(list.toString(), texts(items(list), "id").contains(id));
        assertTrue(list.toString(), list.json().get("total").asLong() >= 1);
    }

    @Test
    public void invalidPromotionsAre422AndNothingIsWritten() {
        long before = promotionTotal();
        ObjectNode missingName = promotionBody("x", "PERCENT", "10");
        missingName.remove("name");
        assertProblem(admin().post("/promotions", missingName.toString()), 422);
        assertProblem(admin().post("/promotions", promotionBody(newName("Too much"), "PERCENT", "150").toString()), 422);
        assertProblem(admin().post("/promotions", promotionBody(newName("Negative"), "AMOUNT", "-5.00").toString()), 422);
        assertProblem(admin().post("/promotions", promotionBody(newName("Backwards"), "PERCENT", "10",
                "startsAt", inDays(2), "endsAt", inDays(1)).toString()), 422);
        assertProblem(admin().post("/promotions", promotionBody(newName("Unknown type"), "BOGO", "1").toString()), 422);
        assertEquals(before, promotionTotal());
    }

    @Test
    public void onlyAdminsCreatePromotionsViewersAndAgentsMayRead() {
        long before = promotionTotal();
        assertProblem(agent().post("/promotions", promotionBody(newName("Agent's"), "PERCENT", "10").toString()), 403);
        assertProblem(viewer().post("/promotions", promotionBody(newName("Viewer's"), "PERCENT", "10").toString()), 403);
        assertEquals(before, promotionTotal());
        Reply viewerList = viewer().get("/promotions");
        assertEquals(viewerList.toString(), 200, viewerList.status());
        assertNotNull(viewerList.toString(), viewerList.json().get("items"));
        Reply agentList = agent().get("/promotions");
        assertEquals(agentList.toString(), 200, agentList.status());
    }

    @Test
    public void onlyAdminsAddCoupons() {
        JsonNode promotion = promotion(newName("Admin coupons"), "PERCENT", "10");
        String path = "/promotions/" + id(promotion) + "/coupons";
        assertProblem(agent().post(path, obj("code", newCode()).toString()), 403);
        assertProblem(viewer().post(path, obj("code", newCode()).toString()), 403);
        // Codes are money: viewers see the promotion, not its codes
        assertProblem(viewer().get(path), 403);
        Reply list = agent().get(path);
        assertEquals(list.toString(), 200, list.status());
        assertEquals(list.toString(), 0, list.json().get("total").asInt());
    }

    @Test
    public void anUnknownPromotionIs404() {
        assertProblem(viewer().get("/promotions/987654321"), 404);
    }

    // ================================================================ coupons

    @Test
    public void generatingCouponsMakesDistinctUpperCaseCodesWithThePrefix() {
        JsonNode promotion = promotion(newName("Xmas"), "PERCENT", "5");
        JsonNode coupons = addCoupon(promotion, obj("generate", 100, "prefix", "XMAS-"));
        assertEquals(100, coupons.size());
        Set<String> codes = new HashSet<>();
        for (JsonNode coupon : coupons) {
            String code = coupon.get("code").asText();
            assertTrue(code, code.startsWith("XMAS-"));
            assertTrue(code, code.length() >= "XMAS-".length() + 8);
            assertEquals(code, code.toUpperCase(Locale.ROOT), code);
            codes.add(code);
        }
        assertEquals(100, codes.size());

        Reply list = agent().get("/promotions/" + id(promotion) + "/coupons?size=200");
        assertEquals(list.toString(), 200, list.status());
        assertEquals(100, list.json().get("total").asInt());
        assertEquals(codes, new HashSet<>(texts(items(list), "code")));
    }

    @Test
    public void aDuplicateCodeIs409WhateverItsCase() {
        JsonNode promotion = promotion(newName("Dupes"), "PERCENT", "10");
        String code = couponFor(promotion);
        assertProblem(admin().post("/promotions/" + id(promotion) + "/coupons",
                obj("code", code).toString()), 409);
        assertProblem(admin().post("/promotions/" + id(promotion) + "/coupons",
                obj("code", code.toLowerCase(Locale.ROOT)).toString()), 409);
        Reply list = agent().get("/promotions/" + id(promotion) + "/coupons");
        assertEquals(list.toString(), 1, list.json().get("total").asInt());
    }

    @Test
    public void codesAreCaseInsensitiveOnEntry() {
        JsonNode promotion = promotion(newName("Case"), "PERCENT", "10");
        String code = "XMAS-" + unique().toUpperCase(Locale.ROOT);
        addCoupon(promotion, obj("code", code));
        JsonNode order = hundredEuroOrder();
        JsonNode after = applied(order, code.toLowerCase(Locale.ROOT));
        assertEquals(List.of(code), couponCodes(after));
        assertMoney("10.00", after.at("/totals/discount"));
    }

    // ================================================================ applying coupons

    @Test
    public void aPercentCouponDiscountsTheOrderAndNamesThePromotion() {
        String name = newName("Ten off");
        String code = couponFor(promotion(name, "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        JsonNode after = applied(order, code);
        assertTrue(after.toString(), couponCodes(after).contains(code));
        assertNotNull(after.toString(), adjustment(after, "DISCOUNT", name));
        assertMoney("100.00", after.at("/totals/subtotal"));
        assertMoney("10.00", after.at("/totals/discount"));
        assertMoney("90.00", after.at("/totals/grandTotal"));
        assertTrue(after.get("version").asLong() > order.get("version").asLong());

        JsonNode read = orderOf(id(order));
        assertEquals(List.of(code), couponCodes(read));
        assertMoney("90.00", read.at("/totals/grandTotal"));
        assertNotNull(read.toString(), adjustment(read, "DISCOUNT", name));
    }

    @Test
    public void anAmountCouponTakesTheAmountOff() {
        String code = couponFor(promotion(newName("Fifteen off"), "AMOUNT", "15.00"));
        JsonNode after = applied(hundredEuroOrder(), code);
        assertMoney("15.00", after.at("/totals/discount"));
        assertMoney("85.00", after.at("/totals/grandTotal"));
    }

    @Test
    public void anAmountAboveTheSubtotalNeverTakesTheTotalBelowZero() {
        String code = couponFor(promotion(newName("Huge"), "AMOUNT", "500.00"));
        JsonNode after = applied(hundredEuroOrder(), code);
        assertMoney("100.00", after.at("/totals/discount"));
        assertMoney("0.00", after.at("/totals/grandTotal"));
    }

    @Test
    public void taxIsComputedAfterTheDiscount() {
        String code = couponFor(promotion(newName("Taxed"), "PERCENT", "10"));
        JsonNode order = openOrder("50.00", "20", 2);
        assertMoney("100.00", order.at("/totals/subtotal"));
        JsonNode after = applied(order, code);
        assertMoney("100.00", after.at("/totals/subtotal"));
        assertMoney("10.00", after.at("/totals/discount"));
        assertMoney("18.00", after.at("/totals/tax"));
        assertMoney("108.00", after.at("/totals/grandTotal"));
    }

    @Test
    public void theDiscountIsSpreadOverTheLinesBeforeTheirTax() {
        // 30.00 at 20 % and 70.00 at 10 %; 10 % off: 27.00 and 63.00, tax 5.40 + 6.30 = 11.70
        String code = couponFor(promotion(newName("Spread"), "PERCENT", "10"));
        String high = product("30.00", "EUR", "20", 100);
        String low = product("70.00", "EUR", "10", 100);
        JsonNode order = order(customer(), line(high, 1), line(low, 1));
        JsonNode after = applied(order, code);
        assertMoney("100.00", after.at("/totals/subtotal"));
        assertMoney("10.00", after.at("/totals/discount"));
        assertMoney("11.70", after.at("/totals/tax"));
        assertMoney("101.70", after.at("/totals/grandTotal"));
    }

    @Test
    public void aFreeShippingCouponAddsAFreeShippingAdjustment() {
        String code = couponFor(promotion(newName("Ship free"), "FREE_SHIPPING", null));
        JsonNode after = applied(hundredEuroOrder(), code);
        assertTrue(after.toString(), couponCodes(after).contains(code));
        boolean found = false;
        for (JsonNode adjustment : after.path("adjustments")) {
            found |= "FREE_SHIPPING".equals(adjustment.path("type").asText());
        }
        assertTrue(after.toString(), found);
        assertMoney("0.00", after.at("/totals/shipping"));
    }

    @Test
    public void editingTheOrderRecomputesThePercentDiscount() {
        String code = couponFor(promotion(newName("Follows edits"), "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        JsonNode after = applied(order, code);
        ObjectNode raised = line(order.at("/lines/0/sku").asText(), 4);
        raised.put("id", order.at("/lines/0/id").asText());
        Reply patched = agent().patch("/orders/" + id(order), obj("lines", arr(raised)).toString());
        assertEquals(patched.toString(), 200, patched.status());
        assertEquals(List.of(code), couponCodes(patched.json()));
        assertMoney("200.00", patched.json().at("/totals/subtotal"));
        assertMoney("20.00", patched.json().at("/totals/discount"));
        assertMoney("180.00", patched.json().at("/totals/grandTotal"));
        JsonNode read = orderOf(id(order));
        assertMoney("20.00", read.at("/totals/discount"));
        assertMoney("180.00", read.at("/totals/grandTotal"));
        assertTrue(read.get("version").asLong() > after.get("version").asLong());
    }

    @Test
    public void removingACouponPutsTheTotalsBack() {
        String name = newName("Removable");
        String code = couponFor(promotion(name, "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        applied(order, code);
        Reply removed = agent().delete("/orders/" + id(order) + "/coupons/" + code);
        assertEquals(removed.toString(), 200, removed.status());
        assertFalse(removed.toString(), couponCodes(removed.json()).contains(code));
        assertFalse(removed.toString(), mentions(removed.json(), name));
        assertEquals(order.get("totals"), removed.json().get("totals"));
        JsonNode read = orderOf(id(order));
        assertEquals(order.get("totals"), read.get("totals"));
        assertTrue(couponCodes(read).isEmpty());
    }

    @Test
    public void removingACodeNotOnTheOrderIs404() {
        String code = couponFor(promotion(newName("Not here"), "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        assertProblem(agent().delete("/orders/" + id(order) + "/coupons/" + code), 404);
        assertProblem(agent().delete("/orders/" + id(order) + "/coupons/" + newCode()), 404);
        assertUnchanged(order);
    }

    @Test
    public void viewersCannotApplyCoupons() {
        String code = couponFor(promotion(newName("Viewer"), "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        assertProblem(viewer().post("/orders/" + id(order) + "/coupons", obj("code", code).toString()), 403);
        assertUnchanged(order);
    }

    // ================================================================ refusals

    @Test
    public void anUnknownCodeIsRefusedAndChangesNothing() {
        JsonNode order = hundredEuroOrder();
        assertRefused(apply(order, newCode()), "UNKNOWN");
        assertUnchanged(order);
    }

    @Test
    public void aCodeNotYetValidIsRefused() {
        String code = couponFor(promotion(newName("Tomorrow"), "PERCENT", "10", "startsAt", inDays(1)));
        JsonNode order = hundredEuroOrder();
        assertRefused(apply(order, code), "NOT_YET_VALID");
        assertUnchanged(order);
    }

    @Test
    public void anExpiredCodeIsRefused() {
        String code = couponFor(promotion(newName("Yesterday"), "PERCENT", "10",
                "startsAt", inDays(-1), "endsAt", inMinutes(-1)));
        JsonNode order = hundredEuroOrder();
        assertRefused(apply(order, code), "EXPIRED");
        assertUnchanged(order);
    }

    @Test
    public void anInactivePromotionsCodeIsRefused() {
        String code = couponFor(promotion(newName("Dormant"), "PERCENT", "10", "active", false));
        JsonNode order = hundredEuroOrder();
        assertRefused(apply(order, code), "INACTIVE");
        assertUnchanged(order);
    }

    @Test
    public void deactivatingAPromotionStopsItsCodes() {
        JsonNode promotion = promotion(newName("Switched off"), "PERCENT", "10");
        String code = couponFor(promotion);
        Reply patched = admin().patch("/promotions/" + id(promotion), obj("active", false).toString());
        assertEquals(patched.toString(), 200, patched.status());
        assertFalse(patched.toString(), patched.json().get("active").asBoolean());
        assertFalse(promotionOf(promotion).get("active").asBoolean());
        JsonNode order = hundredEuroOrder();
        assertRefused(apply(order, code), "INACTIVE");
        assertUnchanged(order);
    }

    @Test
    public void theSameCodeTwiceOnOneOrderIsRefused() {
        String code = couponFor(promotion(newName("Twice"), "PERCENT", "10"));
        JsonNode once = applied(hundredEuroOrder(), code);
        assertRefused(apply(once, code), "ALREADY_APPLIED");
        assertRefused(apply(once, code.toLowerCase(Locale.ROOT)), "ALREADY_APPLIED");
        assertUnchanged(once);
        assertMoney("10.00", orderOf(id(once)).at("/totals/discount"));
    }

    @Test
    public void aMinimumSubtotalMustBeMet() {
        String code = couponFor(promotion(newName("Minimum"), "PERCENT", "10", "minSubtotal", "50.00"));
        JsonNode small = openOrder("40.00", "0", 1);
        assertRefused(apply(small, code), "MINIMUM_NOT_MET");
        assertUnchanged(small);
        JsonNode large = applied(openOrder("60.00", "0", 1), code);
        assertMoney("6.00", large.at("/totals/discount"));
        assertMoney("54.00", large.at("/totals/grandTotal"));
    }

    @Test
    public void couponsOnlyGoOnOpenOrders() {
        String code = couponFor(promotion(newName("Closed shop"), "PERCENT", "10"));
        JsonNode order = hundredEuroOrder();
        JsonNode cancelled = cancel(order).json();
        assertProblem(apply(order, code), 409);
        assertUnchanged(cancelled);
    }

    // ================================================================ usage limits

    @Test
    public void aUsedUpCodeIsRefusedUntilTheOrderUsingItIsCancelled() {
        JsonNode promotion = promotion(newName("Once"), "PERCENT", "10", "usageLimit", 1);
        String code = couponFor(promotion);
        JsonNode a = hundredEuroOrder();
        JsonNode b = hundredEuroOrder();
        applied(a, code);
        assertEquals(1, promotionOf(promotion).get("used").asInt());
        assertRefused(apply(b, code), "USED_UP");
        assertUnchanged(b);

        cancel(a);
        // the usage is released on the order-cancelled event: poll
        long deadline = System.nanoTime() + 10_000_000_000L;
        Reply reply = apply(b, code);
        while (reply.status() != 200 && System.nanoTime() < deadline) {
            assertRefused(reply, "USED_UP");
            sleep(200);
            reply = apply(b, code);
        }
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(List.of(code), couponCodes(reply.json()));
        assertMoney("90.00", reply.json().at("/totals/grandTotal"));
        assertEquals(1, promotionOf(promotion).get("used").asInt());
    }

    @Test
    public void removingACouponReleasesItsUsage() {
        JsonNode promotion = promotion(newName("Once again"), "AMOUNT", "5.00", "usageLimit", 1);
        String code = couponFor(promotion);
        JsonNode a = hundredEuroOrder();
        JsonNode b = hundredEuroOrder();
        applied(a, code);
        assertRefused(apply(b, code), "USED_UP");
        Reply removed = agent().delete("/orders/" + id(a) + "/coupons/" + code);
        assertEquals(removed.toString(), 200, removed.status());
        assertEquals(0, promotionOf(promotion).get("used").asInt());
        JsonNode after = applied(b, code);
        assertMoney("95.00", after.at("/totals/grandTotal"));
        assertEquals(1, promotionOf(promotion).get("used").asInt());
    }

    @Test
    public void aPerCustomerLimitHoldsPerCustomer() {
        String code = couponFor(promotion(newName("One each"), "PERCENT", "10", "perCustomerLimit", 1));
        String ann = customer();
        String bob = customer();
        applied(openOrder(ann, "50.00", "0", 2), code);
        JsonNode annsSecond = openOrder(ann, "50.00", "0", 2);
        assertRefused(apply(annsSecond, code), "CUSTOMER_LIMIT");
        assertUnchanged(annsSecond);
        JsonNode bobs = applied(openOrder(bob, "50.00", "0", 2), code);
        assertMoney("90.00", bobs.at("/totals/grandTotal"));
    }

    @Test
    public void aVoucherOnlyWorksForItsCustomer() {
        JsonNode promotion = promotion(newName("Voucher"), "AMOUNT", "20.00");
        String ann = customer();
        String bob = customer();
        String code = newCode();
        JsonNode coupons = addCoupon(promotion, obj("code", code, "customerId", ann));
        assertEquals(1, coupons.size());
        assertEquals(code, coupons.get(0).get("code").asText());
        assertEquals(ann, coupons.get(0).get("customerId").asText());

        JsonNode bobs = openOrder(bob, "50.00", "0", 2);
        assertRefused(apply(bobs, code), "OTHER_CUSTOMER");
        assertUnchanged(bobs);
        JsonNode anns = applied(openOrder(ann, "50.00", "0", 2), code);
        assertMoney("20.00", anns.at("/totals/discount"));
        assertMoney("80.00", anns.at("/totals/grandTotal"));
    }

    @Test
    public void aVoucherForNoCustomerIsRefusedAndNotKept() {
        JsonNode promotion = promotion(newName("Voucher"), "AMOUNT", "5.00");
        String code = newCode();
        Reply refused = admin().post("/promotions/" + promotion.get("id").asText() + "/coupons",
                obj("code", code, "customerId", "987654321").toString());
        assertFieldError(refused, "customerId");
        assertEquals(List.of(), texts(items(admin().get("/promotions/" + promotion.get("id").asText() + "/coupons")), "code"));
    }

    @Test
    public void aCouponLimitedToOneUseSucceedsOnceUnderConcurrency() throws Exception {
        JsonNode promotion = promotion(newName("Race"), "PERCENT", "10", "usageLimit", 1);
        String code = couponFor(promotion);
        List<JsonNode> orders = new ArrayList<>();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonNode order = hundredEuroOrder();
            orders.add(order);
            calls.add(() -> apply(order, code));
        }
        List<Reply> replies = concurrently(calls);

        int won = -1;
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            if (reply.status() == 200) {
                assertEquals("exactly one wins: " + replies, -1, won);
                won = i;
            } else {
                assertRefused(reply, "USED_UP");
            }
        }
        assertTrue("one wins: " + replies, won >= 0);
        assertEquals(1, promotionOf(promotion).get("used").asInt());
        for (int i = 0; i < orders.size(); i++) {
            if (i == won) {
                JsonNode winner = orderOf(id(orders.get(i)));
                assertEquals(List.of(code), couponCodes(winner));
                assertMoney("90.00", winner.at("/totals/grandTotal"));
            } else {
                assertUnchanged(orders.get(i));
            }
        }
    }

    // ================================================================ automatic promotions

    @Test
    public void anAutomaticPromotionAppliesToQualifyingNewOrdersWithoutACode() {
        String name = newName("Automatic");
        JsonNode promotion = promotion(promotionBody(name, "AMOUNT", "1.00",
                "minSubtotal", AUTOMATIC_MINIMUM, "requiresCoupon", false));
        try {
            JsonNode big = openOrder("98800.00", "0", 1);
            // read back, allowing a moment in case the promotion is applied on the order-created event
            JsonNode read = orderOf(id(big));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!mentions(read, name) && System.nanoTime() < deadline) {
                sleep(200);
                read = orderOf(id(big));
            }
            assertTrue(read.toString(), mentions(read, name));
            assertTrue(read.toString(), couponCodes(read).isEmpty());
            assertMoney("98800.00", read.at("/totals/subtotal"));
            assertMoney("1.00", read.at("/totals/discount"));
            assertMoney("98799.00", read.at("/totals/grandTotal"));

            JsonNode below = openOrder("98000.00", "0", 1);
            JsonNode belowRead = orderOf(id(below));
            assertFalse(below.toString(), mentions(below, name));
            assertFalse(belowRead.toString(), mentions(belowRead, name));
            assertMoney("98000.00", belowRead.at("/totals/grandTotal"));
        } finally {
            admin().patch("/promotions/" + id(promotion), obj("active", false).toString());
        }
    }

    // ================================================================ agents' special discounts

    private static Reply addDiscount(JsonNode order, String type, String value, String reason) {
        return agent().post("/orders/" + id(order) + "/discounts",
                obj("type", type, "value", value, "reason", reason).toString());
    }

    @Test
    public void anAgentGivesASpecialPercentDiscountAndTakesItBack() {
        JsonNode order = hundredEuroOrder();
        String reason = "Loyal customer " + unique();
        Reply reply = addDiscount(order, "PERCENT", "10", reason);
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode discount = reply.json();
        String discountId = id(discount);
        assertTrue(reply.toString(), reply.header("Location") != null
                && reply.header("Location").endsWith("/orders/" + id(order) + "/discounts/" + discountId));
        assertEquals(id(order), discount.get("orderId").asText());
        assertEquals("PERCENT", discount.get("type").asText());
        assertDecimal("10", discount.get("value"));
        assertEquals(reason, discount.get("reason").asText());
        assertEquals("agent", discount.get("createdBy").asText());
        assertFalse(discount.path("createdAt").asText().isEmpty());

        JsonNode read = orderOf(id(order));
        assertNotNull(read.toString(), adjustment(read, "DISCOUNT", reason));
        assertMoney("10.00", read.at("/totals/discount"));
        assertMoney("90.00", read.at("/totals/grandTotal"));

        Reply list = viewer().get("/orders/" + id(order) + "/discounts");
        assertEquals(list.toString(), 200, list.status());
        assertTrue(list.toString(), list.json().isArray());
        assertEquals(List.of(discountId), texts(items(list), "id"));

        Reply deleted = agent().delete("/orders/" + id(order) + "/discounts/" + discountId);
        assertEquals(deleted.toString(), 204, deleted.status());
        JsonNode back = orderOf(id(order));
        assertEquals(order.get("totals"), back.get("totals"));
        assertNull(back.toString(), adjustment(back, "DISCOUNT", reason));
        assertEquals(0, viewer().get("/orders/" + id(order) + "/discounts").json().size());
    }

    @Test
    public void aSpecialAmountDiscountNeverTakesTheTotalBelowZero() {
        JsonNode order = hundredEuroOrder();
        Reply fifteen = addDiscount(order, "AMOUNT", "15.00", "Scratched box " + unique());
        assertEquals(fifteen.toString(), 201, fifteen.status());
        assertMoney("85.00", orderOf(id(order)).at("/totals/grandTotal"));

        JsonNode other = hundredEuroOrder();
        // Beyond an agent's share of the subtotal: an admin's
        Reply huge = admin().post("/orders/" + id(other) + "/discounts",
                obj("type", "AMOUNT", "value", "500.00", "reason", "Goodwill " + unique()).toString());
        assertEquals(huge.toString(), 201, huge.status());
        JsonNode read = orderOf(id(other));
        assertMoney("100.00", read.at("/totals/discount"));
        assertMoney("0.00", read.at("/totals/grandTotal"));
    }

    @Test
    public void invalidSpecialDiscountsAre422AndChangeNothing() {
        JsonNode order = hundredEuroOrder();
        assertProblem(agent().post("/orders/" + id(order) + "/discounts",
                obj("type", "PERCENT", "value", "10").toString()), 422);
        assertProblem(addDiscount(order, "PERCENT", "150", "Too generous"), 422);
        assertProblem(addDiscount(order, "AMOUNT", "-5.00", "Negative"), 422);
        assertUnchanged(order);
        assertEquals(0, viewer().get("/orders/" + id(order) + "/discounts").json().size());
    }

    @Test
    public void specialDiscountsOnlyGoOnOpenOrders() {
        JsonNode order = hundredEuroOrder();
        JsonNode cancelled = cancel(order).json();
        assertProblem(addDiscount(order, "PERCENT", "10", "Too late " + unique()), 409);
        assertUnchanged(cancelled);
    }

    @Test
    public void viewersCannotGiveSpecialDiscounts() {
        JsonNode order = hundredEuroOrder();
        assertProblem(viewer().post("/orders/" + id(order) + "/discounts",
                obj("type", "PERCENT", "value", "10", "reason", "viewer").toString()), 403);
        assertUnchanged(order);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
