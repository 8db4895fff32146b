package org.ordo.itests.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.KarafProcess;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.PostgresServer;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #11: C clients create orders and act on them while the Karaf JVM is SIGKILLed at a random
 * moment; after a restart on the same data, everything the server acknowledged is there, and nothing
 * is half there. {@code -Dordo.crash.rounds} kill/restart rounds (2) of about
 * {@code -Dordo.crash.seconds} seconds of load each (8); bench/crash runs it long. It runs on Derby and,
 * in the postgresql suite, on PostgreSQL.
 */
class CrashSafetyIT {
    private static final int CLIENTS = 8;
    private static final int PRODUCTS = 6;
    private static final int INITIAL_STOCK = 1_000_000;
    /** Where each action the clients use leads (API.md, Lifecycle): the status an action in doubt may have left. */
    private static final Map<String, String> ACTION_TARGETS = Map.of("cancel", "CANCELLED", "mark-shipped", "SHIPPED",
            "close", "CLOSED");
    /** The notification each action sends by the distribution's etc/org.ordo.email.notifications.cfg. */
    private static final Map<String, String> ACTION_NOTIFICATIONS = Map.of("cancel", "order-cancelled", "mark-shipped",
            "order-shipped");

    private final int rounds = Integer.getInteger("ordo.crash.rounds", 2);
    private final int seconds = Integer.getInteger("ordo.crash.seconds", 8);
    /** Events recorded before the kill are told after the restart; their emails may take this long to be queued. */
    private static final long NOTIFICATION_WAIT_NANOS = 60_000_000_000L;

    @Test
    void everythingAcknowledgedSurvivesSigkillAndNothingIsHalfWritten() throws Exception {
        KarafProcess karaf = KarafProcess.unpack();
        if (OrdoDistribution.onPostgresql()) {
            karaf.usePostgresql(PostgresServer.shared().newDatabase());
        }
        String previousPort = System.getProperty(OrdoDistribution.HTTP_PORT_PROPERTY);
        karaf.publishPort();
        boolean passed = false;
        try {
            karaf.start();
            karaf.awaitReady();
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                skus.add(CoreFixtures.product("12.34", "EUR", "19", INITIAL_STOCK));
            }
            List<String> customers = List.of(CoreFixtures.customer(), CoreFixtures.customer(), CoreFixtures.customer(),
                    CoreFixtures.customer());
            Ledger ledger = new Ledger();
            for (int round = 1; round <= rounds; round++) {
                OrderLoad load = new OrderLoad(ledger, skus, customers);
                long killAfterMillis = ThreadLocalRandom.current().nextLong(seconds * 500L, seconds * 1500L);
                load.start(CLIENTS);
                Thread.sleep(killAfterMillis);
                karaf.kill();
                load.stop();

                long restartedAt = System.nanoTime();
                karaf.start();
                karaf.awaitReady();
                long restartMillis = (System.nanoTime() - restartedAt) / 1_000_000;
                Verified verified = verify(ledger, skus);
                for (long deadline = System.nanoTime() + NOTIFICATION_WAIT_NANOS;
                        !verified.unnotified.isEmpty() && System.nanoTime() < deadline;) {
                    KarafProcess.sleep(1000);
                    verified = verify(ledger, skus);
                }
                System.out.printf("crash round %d: killed after %d ms; acknowledged %d creates and %d actions, "
                        + "unanswered %d creates and %d actions, unexpected answers %s; restart %d ms; "
                        + "database holds %d orders (ledger %d); notifications missing %d %s%n", round, killAfterMillis,
                        load.createsAcknowledged.get(), load.actionsAcknowledged.get(), load.createsUnanswered.get(),
                        load.actionsUnanswered.get(), load.unexpected, restartMillis, verified.orders, ledger.orders().size(),
                        verified.unnotified.size(), verified.unnotified);
                assertEquals(List.of(), verified.unnotified, "every acknowledged status change notified its customer");
                assertTrue(load.createsAcknowledged.get() > 0, "round " + round + " created orders before the kill");
                assertTrue(load.unexpected.keySet().stream()
                        .noneMatch(answer -> Integer.parseInt(answer.substring(answer.lastIndexOf(' ') + 1)) >= 500),
                        "no request failed inside the server: " + load.unexpected);
            }
            theRestartedNodeTakesOrders(skus, customers.get(0));
            passed = true;
        } catch (Exception | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nKaraf log: " + karaf.log() + "\n" + karaf.logTail(60), e);
        } finally {
            karaf.destroy();
            if (previousPort == null) {
                System.clearProperty(OrdoDistribution.HTTP_PORT_PROPERTY);
            } else {
                System.setProperty(OrdoDistribution.HTTP_PORT_PROPERTY, previousPort);
            }
            if (passed && !Boolean.getBoolean("ordo.itest.keep")) {
                karaf.remove();
            }
        }
    }

    /** How many orders the database holds, and the acknowledged orders missing a customer notification. */
    private record Verified(int orders, List<String> unnotified) {
    }

    /** Reads the whole database over REST and checks it against the ledger. */
    private static Verified verify(Ledger ledger, List<String> skus) throws Exception {
        Map<String, StoredOrder> stored = readAllOrders();
        Map<String, Integer> reserved = new TreeMap<>();
        for (StoredOrder order : stored.values()) {
            assertWhole(order);
            for (JsonNode line : order.body.get("lines")) {
                if (!line.get("state").asText().equals("CANCELLED")) {
                    reserved.merge(line.get("sku").asText(), line.get("quantity").asInt(), Integer::sum);
                }
            }
        }
        List<String> unnotified = new ArrayList<>();
        for (Ledger.Order acknowledged : ledger.orders()) {
            StoredOrder order = stored.get(acknowledged.id);
            assertTrue(order != null, "acknowledged order " + acknowledged.number + " (" + acknowledged.id + ") exists");
            assertEquals(acknowledged.number, order.body.get("number").asText(), "order " + acknowledged.id + " number");
            assertEquals(lineFacts(acknowledged.lines), lineFacts(order.body.get("lines")),
                    "order " + acknowledged.number + " has exactly the lines it was acknowledged with");
            if (!assertActions(acknowledged, order)) {
                unnotified.add(acknowledged.number);
            }
        }
        for (String sku : skus) {
            int stock = CoreFixtures.stock(sku);
            assertEquals(INITIAL_STOCK - reserved.getOrDefault(sku, 0), stock,
                    "stock of " + sku + " is the initial stock minus what live orders reserve");
        }
        unnotified.sort(null);
        return new Verified(stored.size(), unnotified);
    }

    /** No half-written order: its three lines, totals that add up, and its creation in the history. */
    private static void assertWhole(StoredOrder order) {
        String name = "order " + order.body.get("number").asText();
        JsonNode lines = order.body.get("lines");
        assertEquals(3, lines.size(), name + " has the three lines every client sends");
        BigDecimal subtotal = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            BigDecimal total = money(line.get("total"));
            assertEquals(0, money(line.get("unitPrice")).multiply(BigDecimal.valueOf(line.get("quantity").asInt()))
                    .compareTo(total), name + " line " + line + " totals its quantity at its unit price");
            subtotal = subtotal.add(total);
        }
        JsonNode totals = order.body.get("totals");
        assertEquals(0, subtotal.compareTo(money(totals.get("subtotal"))), name + " subtotal is its lines' sum: " + totals);
        BigDecimal grandTotal = money(totals.get("subtotal")).subtract(money(totals.get("discount")))
                .add(money(totals.get("shipping"))).add(money(totals.get("tax")));
        assertEquals(0, grandTotal.compareTo(money(totals.get("grandTotal"))), name + " grand total adds up: " + totals);
        assertTrue(order.history.size() > 0 && order.history.get(0).get("action").asText().equals("create"),
                name + " history starts with its creation: " + order.history);
    }

    /**
     * Every acknowledged action is in the history, in the order acknowledged, and the status is the
     * last one's; an action whose answer never came may have happened (then it is the last entry) or not.
     * Each status change notified the customer at most once; answers whether every one of them did.
     */
    private static boolean assertActions(Ledger.Order acknowledged, StoredOrder order) {
        List<String> history = new ArrayList<>();
        order.history.forEach(entry -> history.add(entry.get("action").asText()));
        List<String> expected = new ArrayList<>();
        expected.add("create");
        expected.addAll(acknowledged.actions());
        String status = order.body.get("status").asText();
        String inDoubt = acknowledged.inDoubtAction();
        String name = "order " + acknowledged.number;
        if (inDoubt != null && history.size() == expected.size() + 1) {
            expected.add(inDoubt);
            assertEquals(ACTION_TARGETS.get(inDoubt), status, name + " status after its last action, " + inDoubt);
        } else {
            assertEquals(acknowledged.status(), status, name + " status after its last acknowledged action");
        }
        assertEquals(expected, history, name + " history holds every acknowledged action");

        List<String> unsent = new ArrayList<>();
        expected.stream().filter(ACTION_NOTIFICATIONS::containsKey)
                .forEach(action -> unsent.add(ACTION_NOTIFICATIONS.get(action)));
        List<String> emails = new ArrayList<>();
        order.emails.forEach(email -> emails.add(email.get("template").asText()));
        emails.forEach(template -> assertTrue(unsent.remove(template),
                name + " sent only the notifications of its actions, once each: " + emails + " for " + history));
        return unsent.isEmpty();
    }

    private static void theRestartedNodeTakesOrders(List<String> skus, String customerId) {
        int stockBefore = CoreFixtures.stock(skus.get(0));
        Reply created = CoreFixtures.agent().post("/orders",
                obj("customerId", customerId, "lines", arr(line(skus.get(0), 2))).toString());
        assertEquals(201, created.status(), created.toString());
        Reply read = CoreFixtures.viewer().get("/orders/" + created.text("/id"));
        assertEquals(200, read.status(), read.toString());
        assertEquals(stockBefore - 2, CoreFixtures.stock(skus.get(0)), "the new order reserved its stock");
    }

    private record StoredOrder(JsonNode body, JsonNode history, JsonNode emails) {
    }

    /** Every order in the database, found through the grid page by page, each read whole with its history. */
    private static Map<String, StoredOrder> readAllOrders() throws Exception {
        Api viewer = CoreFixtures.viewer();
        List<String> ids = new ArrayList<>();
        int pageSize = 200;
        int listed;
        int page = 1;
        // Past a thousand orders the grid's total is a lower bound, so read until a page comes back short
        do {
            Reply grid = viewer.get("/orders?sort=createdAt&size=" + pageSize + "&page=" + page++);
            assertEquals(200, grid.status(), grid.toString());
            listed = grid.json().get("items").size();
            grid.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        } while (listed == pageSize);
        assertEquals(ids.size(), Set.copyOf(ids).size(), "the grid lists each order once");

        ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
        try {
            Map<String, Future<StoredOrder>> reads = new LinkedHashMap<>();
            for (String id : ids) {
                reads.put(id, readers.submit(() -> {
                    Reply order = viewer.get("/orders/" + id);
                    Reply history = viewer.get("/orders/" + id + "/history");
                    Reply emails = viewer.get("/orders/" + id + "/emails");
                    assertEquals(200, order.status(), order.toString());
                    assertEquals(200, history.status(), history.toString());
                    assertEquals(200, emails.status(), emails.toString());
                    return new StoredOrder(order.json(), history.json(), emails.json());
                }));
            }
            Map<String, StoredOrder> stored = new LinkedHashMap<>();
            for (Map.Entry<String, Future<StoredOrder>> read : reads.entrySet()) {
                try {
                    stored.put(read.getKey(), read.getValue().get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof AssertionError failed ? failed : new AssertionError(e.getCause());
                }
            }
            return stored;
        } finally {
            readers.shutdownNow();
        }
    }

    /** What identifies a line and what it costs; its state moves on with the order's actions. */
    private static List<String> lineFacts(JsonNode lines) {
        List<String> facts = new ArrayList<>();
        lines.forEach(line -> facts.add(line.get("id").asText() + " " + line.get("sku").asText() + " x"
                + line.get("quantity").asInt() + " @" + line.get("unitPrice").asText() + " = " + line.get("total").asText()));
        facts.sort(null);
        return facts;
    }

    private static BigDecimal money(JsonNode amount) {
        return new BigDecimal(amount.asText());
    }
}
