package org.ordo.itests.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.KarafProcess;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.PostgresServer;
import org.ordo.itests.support.Reply;

/**
 * Issue #12: PostgreSQL restarts while clients create orders on two nodes. While it is away every
 * request fails fast with a 503 problem to retry, never hangs and never answers 500; once it is back
 * both nodes serve again on their own, and every order they acknowledged is there.
 */
class DatabaseRestartIT {
    private static final int CLIENTS = 4;
    /** The DataSource waits up to 3 s for a connection; an answer well after that is a hang. */
    private static final long SLOWEST_ANSWER_MILLIS = 10_000;
    private static final long OUTAGE_MILLIS = 6_000;

    @Test
    void requestsFailFastWhileTheDatabaseIsDownAndTheNodesRecoverWithNothingLost() throws Exception {
        try (OrdoNodes nodes = new OrdoNodes(2)) {
            try {
                nodes.start();
                System.setProperty(OrdoDistribution.HTTP_PORT_PROPERTY, String.valueOf(nodes.port(0)));
                String sku = CoreFixtures.product("3.00", 1_000_000);
                String customerId = CoreFixtures.customer();
                String body = obj("customerId", customerId, "lines", arr(line(sku, 1))).toString();
                Load load = new Load(List.of(Api.on(nodes.port(0), "agent"), Api.on(nodes.port(1), "agent")), body);

                load.start();
                KarafProcess.sleep(3_000);
                long createdBefore = load.acknowledged.size();
                PostgresServer.shared().stop();
                KarafProcess.sleep(OUTAGE_MILLIS / 2);
                Reply healthDuringOutage = Api.on(nodes.port(1), null).get("/health");
                KarafProcess.sleep(OUTAGE_MILLIS / 2);
                PostgresServer.shared().startServer();
                long backAt = System.nanoTime();
                awaitCreated(load, 2 * CLIENTS);
                long recoveredMillis = (System.nanoTime() - backAt) / 1_000_000;
                KarafProcess.sleep(2_000);
                load.stop();

                System.out.printf("database restart: %d orders acknowledged before the stop, %d in all; %d answered "
                        + "503; slowest answer %d ms; both nodes creating again %d ms after the database was back%n",
                        createdBefore, load.acknowledged.size(), load.refused.get(), load.slowestMillis.get(),
                        recoveredMillis);
                assertEquals(503, healthDuringOutage.status(), "health says the database is away: " + healthDuringOutage);
                assertEquals(Map.of(), load.unexpected, "only 201 or a 503 problem with Retry-After");
                assertTrue(load.refused.get() > 0, "the outage was seen by the clients");
                assertTrue(load.slowestMillis.get() < SLOWEST_ANSWER_MILLIS,
                        "no request hung: slowest " + load.slowestMillis.get() + " ms");
                for (Api node : load.nodes) {
                    for (String id : load.acknowledged) {
                        Reply order = node.get("/orders/" + id);
                        assertEquals(200, order.status(), () -> "acknowledged order " + id + " is there: " + order);
                        assertEquals(1, order.json().get("lines").size());
                    }
                }
                // A create whose connection broke during its commit may have committed and still answered 503
                long stored = storedOrders(customerId);
                assertTrue(stored >= load.acknowledged.size(), stored + " orders stored");
                assertEquals(1_000_000 - stored, CoreFixtures.stock(sku), "stock reserved by exactly the stored orders");
            } catch (Exception | AssertionError e) {
                nodes.failed();
                throw new AssertionError(e.getMessage() + nodes.logs(), e);
            } finally {
                System.clearProperty(OrdoDistribution.HTTP_PORT_PROPERTY);
            }
        }
    }

    /** How many orders the customer has, read page by page: past a thousand the grid's total is a lower bound. */
    private static long storedOrders(String customerId) {
        int pageSize = 200;
        long stored = 0;
        int listed;
        int page = 1;
        do {
            Reply grid = CoreFixtures.viewer().get("/orders?customerId=" + customerId + "&size=" + pageSize + "&page=" + page++);
            assertEquals(200, grid.status(), grid::toString);
            listed = grid.json().get("items").size();
            stored += listed;
        } while (listed == pageSize);
        return stored;
    }

    /** Waits until each node has created orders again after the outage. */
    private static void awaitCreated(Load load, int count) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Map<Api, Integer> before = new ConcurrentHashMap<>(load.createdPerNode);
        while (load.nodes.stream().anyMatch(node -> load.createdPerNode.get(node) < before.get(node) + count)) {
            assertTrue(System.nanoTime() < deadline, "a node never created orders again after the database came back: "
                    + load.createdPerNode);
            KarafProcess.sleep(100);
        }
    }

    /** Clients creating orders on the nodes in turn, as fast as the nodes answer. */
    private static final class Load {
        final List<Api> nodes;
        final String body;
        final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final Map<Api, Integer> createdPerNode = new ConcurrentHashMap<>();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong slowestMillis = new AtomicLong();
        final Map<String, String> unexpected = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> futures = new ArrayList<>();

        Load(List<Api> nodes, String body) {
            this.nodes = nodes;
            this.body = body;
            nodes.forEach(node -> createdPerNode.put(node, 0));
        }

        void start() {
            for (int client = 0; client < CLIENTS; client++) {
                Api node = nodes.get(client % nodes.size());
                futures.add(clients.submit(() -> create(node)));
            }
        }

        private void create(Api node) {
            while (running.get()) {
                long started = System.nanoTime();
                Reply reply;
                try {
                    reply = node.post("/orders", body);
                } catch (UncheckedIOException e) {
                    unexpected.putIfAbsent("no answer", String.valueOf(e.getCause()));
                    continue;
                }
                slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                if (reply.status() == 201) {
                    acknowledged.add(reply.text("/id"));
                    createdPerNode.merge(node, 1, Integer::sum);
                } else if (reply.status() == 503 && "5".equals(reply.header("Retry-After"))
                        && reply.contentType().startsWith("application/problem+json")) {
                    refused.incrementAndGet();
                    KarafProcess.sleep(200);
                } else {
                    unexpected.putIfAbsent(String.valueOf(reply.status()), reply.body());
                }
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> future : futures) {
                future.get();
            }
            clients.shutdown();
        }
    }
}
