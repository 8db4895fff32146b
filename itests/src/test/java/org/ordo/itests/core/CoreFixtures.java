package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ordo.itests.support.Api;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small helpers for the core tests: JSON bodies, fixtures created through the API with unique
 * skus, names and emails (tests share one database), and assertions on problems.
 */
public final class CoreFixtures {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String PROBLEM = "application/problem+json";

    private CoreFixtures() {
    }

    // ---------------------------------------------------------------- JSON

    /** A unique lower-case token, e.g. {@code 3f9a1c2e}. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A JSON object from key/value pairs; values are strings, numbers, booleans, JSON nodes or null. */
    public static ObjectNode obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], toNode(keysAndValues[i + 1]));
        }
        return node;
    }

    public static ArrayNode arr(Object... values) {
        ArrayNode node = MAPPER.createArrayNode();
        for (Object value : values) {
            node.add(toNode(value));
        }
        return node;
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return MAPPER.getNodeFactory().nullNode();
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        return MAPPER.valueToTree(value);
    }

    public static ObjectNode line(String sku, Object quantity) {
        return obj("sku", sku, "quantity", quantity);
    }

    public static ObjectNode line(String sku, Object quantity, String unitPrice) {
        return obj("sku", sku, "quantity", quantity, "unitPrice", unitPrice);
    }

    public static ObjectNode orderBody(String customerId, ObjectNode... lines) {
        return obj("customerId", customerId, "lines", arr((Object[]) lines));
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- callers

    /**
     * Waits until every capability the distribution boots has published its resources. Each one that
     * arrives makes the whiteboard publish the application anew, which briefly answers nothing, so a
     * test that starts before the last one may see a request fail.
     */
    public static void awaitCore() {
        Capability.await(Capability.values());
    }

    public static Api agent() {
        return Api.as("agent");
    }

    public static Api admin() {
        return Api.as("admin");
    }

    public static Api viewer() {
        return Api.as("viewer");
    }

    public static Reply postWithHeader(Api api, String path, String json, String header, String value) {
        return api.send(api.request(path).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply postIdempotent(String key, JsonNode body) {
        return postWithHeader(agent(), "/orders", body.toString(), "Idempotency-Key", key);
    }

    public static Reply patchIfMatch(String path, String ifMatch, JsonNode body) {
        Api api = agent();
        return api.send(api.request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    // ---------------------------------------------------------------- catalog

    public static String newSku() {
        return "SKU-" + unique().toUpperCase(Locale.ROOT);
    }

    /** Creates a product and answers its sku. */
    public static String product(String price, String currency, String taxRate, int stock) {
        String sku = newSku();
        Reply reply = agent().post("/products", obj("sku", sku, "name", "Product " + sku, "price", price,
                "currency", currency, "taxRate", taxRate, "stock", stock).toString());
        assertEquals(reply.toString(), 201, reply.status());
        return sku;
    }

    /** A EUR product without tax. */
    public static String product(String price, int stock) {
        return product(price, "EUR", "0", stock);
    }

    public static JsonNode productOf(String sku) {
        Reply reply = viewer().get("/products/" + enc(sku));
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    public static int stock(String sku) {
        JsonNode stock = productOf(sku).get("stock");
        assertNotNull("product " + sku + " has a stock", stock);
        return stock.asInt();
    }

    public static void setStock(String sku, int quantity) {
        Reply reply = agent().put("/products/" + enc(sku) + "/stock", obj("quantity", quantity).toString());
        assertEquals(reply.toString(), 200, reply.status());
    }

    /** Creates a shipping method in EUR with a unique code (an admin's task) and answers the code. */
    public static String shippingMethod(String price) {
        String code = "SM-" + unique().toUpperCase(Locale.ROOT);
        Reply reply = admin().post("/shipping-methods",
                obj("code", code, "name", "Method " + code, "price", price, "currency", "EUR").toString());
        assertEquals(reply.toString(), 201, reply.status());
        return code;
    }

    // ---------------------------------------------------------------- customers

    public static String uniqueEmail(String local) {
        return local + "." + unique() + "@example.com";
    }

    /** Creates a customer with a unique email and answers the created body. */
    public static JsonNode customer(String firstName, String lastName, String email) {
        Reply reply = agent().post("/customers",
                obj("firstName", firstName, "lastName", lastName, "email", email).toString());
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    /** Creates a customer with a unique email and answers its id. */
    public static String customer() {
        return customer("Ann", "Tester", uniqueEmail("ann")).get("id").asText();
    }

    public static ObjectNode address(String street, String city, String country) {
        return obj("firstName", "Ann", "lastName", "Tester", "street", street, "city", city,
                "postalCode", "10115", "country", country);
    }

    /** Adds an address to a customer and answers its id. */
    public static String addAddress(String customerId, String street) {
        Reply reply = agent().post("/customers/" + customerId + "/addresses",
                address(street, "Berlin", "DE").toString());
        assertEquals(reply.toString(), 201, reply.status());
        return reply.text("/id");
    }

    /** How many orders the customer has, by {@code GET /customers/{id}/orders}. */
    public static long orderCount(String customerId) {
        Reply reply = viewer().get("/customers/" + customerId + "/orders");
        assertEquals(reply.toString(), 200, reply.status());
        if (reply.json().isArray()) {
            return reply.json().size();
        }
        return reply.json().at("/total").asLong();
    }

    public static List<JsonNode> ordersOf(String customerId) {
        Reply reply = viewer().get("/customers/" + customerId + "/orders?size=200");
        assertEquals(reply.toString(), 200, reply.status());
        return items(reply);
    }

    // ---------------------------------------------------------------- orders

    /** Creates an order and answers its body. */
    public static JsonNode order(String customerId, ObjectNode... lines) {
        return created(agent().post("/orders", orderBody(customerId, lines).toString()));
    }

    public static JsonNode created(Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    public static Reply getOrder(String orderId) {
        return viewer().get("/orders/" + orderId);
    }

    public static JsonNode orderOf(String orderId) {
        Reply reply = getOrder(orderId);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    public static String etagOf(JsonNode order) {
        return "\"" + order.get("version").asText() + "\"";
    }

    // ---------------------------------------------------------------- replies

    /** The items of a paged reply, or the elements of a plain array. */
    public static List<JsonNode> items(Reply reply) {
        JsonNode items = reply.json().isArray() ? reply.json() : reply.json().get("items");
        assertNotNull(reply.toString(), items);
        assertTrue(reply.toString(), items.isArray());
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    public static List<String> texts(List<JsonNode> nodes, String field) {
        List<String> list = new ArrayList<>();
        for (JsonNode node : nodes) {
            list.add(node.path(field).asText());
        }
        return list;
    }

    public static void assertProblem(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertNotNull(reply.toString(), reply.contentType());
        assertTrue(reply.toString(), reply.contentType().startsWith(PROBLEM));
        assertEquals(reply.toString(), status, reply.json().at("/status").asInt());
    }

    /** Asserts a 422 with a validation error on the field; answers that error's message. */
    public static String assertFieldError(Reply reply, String field) {
        assertProblem(reply, 422);
        JsonNode errors = reply.json().get("errors");
        assertNotNull(reply.toString(), errors);
        for (JsonNode error : errors) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        fail("no error on field " + field + ": " + reply);
        return null;
    }

    /** Whether the problem's detail or one of its error messages mentions the text. */
    public static boolean problemMentions(Reply reply, String text) {
        if (reply.json().path("detail").asText().contains(text)) {
            return true;
        }
        for (JsonNode error : reply.json().path("errors")) {
            if (error.path("message").asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Money as the API writes it: compares the exact string. */
    public static void assertMoney(String expected, JsonNode actual) {
        assertNotNull("money " + expected, actual);
        assertTrue("money is a JSON string: " + actual, actual.isTextual());
        assertEquals(expected, actual.asText());
    }

    /** A decimal such as a tax rate, compared by value ("7.5" equals "7.50"). */
    public static void assertDecimal(String expected, JsonNode actual) {
        assertNotNull("decimal " + expected, actual);
        assertFalse("decimal " + expected + " is missing", actual.isMissingNode() || actual.isNull());
        assertEquals(expected + " vs " + actual, 0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asText())));
    }

    // ---------------------------------------------------------------- concurrency

    /** Runs the calls all at once behind a start gate and answers their replies in order. */
    public static List<Reply> concurrently(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            assertTrue("all threads ready", ready.await(30, TimeUnit.SECONDS));
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    public static List<Callable<Reply>> times(int n, Callable<Reply> call) {
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return calls;
    }
}
