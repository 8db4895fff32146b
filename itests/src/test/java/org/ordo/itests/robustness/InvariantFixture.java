package org.ordo.itests.robustness;

import static org.junit.Assert.assertEquals;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.unique;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the random clients work on: a few products with stock, customers (each client its own, so
 * that one client alone acts on an order and can account for it), promotions with coupon codes and
 * limits, and a shipping method.
 */
final class InvariantFixture {
    private final List<String> skus = new ArrayList<>();
    private final Map<String, Integer> initialStock = new LinkedHashMap<>();
    private final List<List<String>> customersByClient = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private String shippingMethod;

    private InvariantFixture() {
    }

    static InvariantFixture create(Random random, int clients) {
        InvariantFixture fixture = new InvariantFixture();
        String[] prices = {"9.99", "19.90", "4.50", "120.00", "0.99", "35.00"};
        for (String price : prices) {
            int stock = 200 + random.nextInt(300);
            String sku = CoreFixtures.product(price, "EUR", random.nextBoolean() ? "19" : "7", stock);
            fixture.skus.add(sku);
            fixture.initialStock.put(sku, stock);
        }
        List<String> everyone = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                own.add(CoreFixtures.customer());
            }
            fixture.customersByClient.add(own);
            everyone.addAll(own);
        }
        fixture.codes.addAll(promotion("Few", "PERCENT", "10", obj("usageLimit", 15), 4));
        fixture.codes.addAll(promotion("Once each", "AMOUNT", "5.00", obj("perCustomerLimit", 1), 3));
        fixture.codes.addAll(promotion("Big", "PERCENT", "50", obj("minSubtotal", "100.00", "usageLimit", 40), 2));
        fixture.codes.addAll(promotion("Ship free", "FREE_SHIPPING", null, obj(), 2));
        fixture.codes.add(voucher(everyone.get(random.nextInt(everyone.size()))));
        fixture.codes.add(voucher(everyone.get(random.nextInt(everyone.size()))));
        fixture.shippingMethod = CoreFixtures.shippingMethod("4.90");
        return fixture;
    }

    /** A promotion that requires a coupon, with {@code count} codes; answers the codes. */
    private static List<String> promotion(String name, String type, String value, ObjectNode terms,
            int count) {
        ObjectNode body = obj("name", name + " " + unique(), "discount",
                value == null ? obj("type", type) : obj("type", type, "value", value), "requiresCoupon", true, "active", true);
        body.setAll(terms);
        Reply promotion = admin().post("/promotions", body.toString());
        assertEquals(promotion.toString(), 201, promotion.status());
        Reply coupons = admin().post("/promotions/" + promotion.text("/id") + "/coupons",
                obj("generate", count, "prefix", "INV-").toString());
        assertEquals(coupons.toString(), 201, coupons.status());
        List<String> codes = new ArrayList<>();
        coupons.json().get("coupons").forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    private static String voucher(String customerId) {
        Reply promotion = admin().post("/promotions", obj("name", "Voucher " + unique(), "discount",
                obj("type", "AMOUNT", "value", "15.00"), "requiresCoupon", true, "active", true, "usageLimit", 1).toString());
        assertEquals(promotion.toString(), 201, promotion.status());
        String code = "VOUCHER-" + unique().toUpperCase(Locale.ROOT);
        Reply coupon = admin().post("/promotions/" + promotion.text("/id") + "/coupons",
                obj("code", code, "customerId", customerId).toString());
        assertEquals(coupon.toString(), 201, coupon.status());
        return code;
    }

    List<String> skus() {
        return skus;
    }

    Map<String, Integer> initialStock() {
        return initialStock;
    }

    List<String> customersOf(int client) {
        return customersByClient.get(client);
    }

    List<String> codes() {
        return codes;
    }

    String shippingMethod() {
        return shippingMethod;
    }
}
