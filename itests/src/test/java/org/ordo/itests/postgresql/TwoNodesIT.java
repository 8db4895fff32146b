package org.ordo.itests.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.email.MailServer;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.KarafProcess;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #12: two Ordo nodes on one PostgreSQL database, as behind a load balancer. What one node
 * writes, the other serves at once; a race on one order across them has one winner; the background
 * work both run (auto-expiry, the email outbox, order events) is done once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {
    private static final int ORDERS = 16;

    private OrdoNodes nodes;
    @RegisterExtension
    final TestWatcher keepFailedNodes = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            nodes.failed();
        }
    };
    private Api agentA;
    private Api agentB;
    private String sku;

    @BeforeAll
    void startTwoNodes() {
        nodes = new OrdoNodes(2);
        try {
            nodes.start();
        } catch (RuntimeException | AssertionError e) {
            nodes.close();
            throw e;
        }
        // The fixtures (products, customers) are made on node A
        System.setProperty(OrdoDistribution.HTTP_PORT_PROPERTY, String.valueOf(nodes.port(0)));
        agentA = Api.on(nodes.port(0), "agent");
        agentB = Api.on(nodes.port(1), "agent");
        sku = CoreFixtures.product("10.00", 100_000);
    }

    @AfterAll
    void stopNodes() {
        System.clearProperty(OrdoDistribution.HTTP_PORT_PROPERTY);
        nodes.close();
    }

    @Test
    void whatOneNodeWritesTheOtherServesAtOnce() {
        for (int i = 0; i < ORDERS; i++) {
            Api writer = i % 2 == 0 ? agentA : agentB;
            Api reader = i % 2 == 0 ? agentB : agentA;
            Reply created = writer.post("/orders", orderBody(CoreFixtures.customer(), null));
            assertEquals(201, created.status(), created::toString);
            String id = created.text("/id");

            Reply read = reader.get("/orders/" + id);
            assertEquals(200, read.status(), read::toString);
            assertEquals(created.json(), read.json(), "the other node serves the order as created");

            // A change on the reader is seen by the writer, which has read the order before
            Reply commented = reader.post("/orders/" + id + "/comments", obj("message", "seen on the other node").toString());
            assertEquals(201, commented.status(), commented::toString);
            Reply cancelled = reader.post("/orders/" + id + "/actions/cancel", "{}");
            assertEquals(200, cancelled.status(), cancelled::toString);
            JsonNode again = writer.get("/orders/" + id).json();
            assertEquals("CANCELLED", again.get("status").asText(), "no stale order from the writer's cache");
            assertEquals(cancelled.json().get("version"), again.get("version"));
            assertEquals(1, writer.get("/orders/" + id + "/comments").json().size());
        }
    }

    @Test
    void aRaceOnOneOrderAcrossTheNodesHasExactlyOneWinner() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < ORDERS; i++) {
                String id = agentA.post("/orders", orderBody(CoreFixtures.customer(), null)).text("/id");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Reply> cancel = clients.submit(() -> {
                    together.await();
                    return agentA.post("/orders/" + id + "/actions/cancel", "{}");
                });
                Future<Reply> ship = clients.submit(() -> {
                    together.await();
                    return agentB.post("/orders/" + id + "/actions/mark-shipped", "{}");
                });
                List<Integer> statuses = List.of(cancel.get().status(), ship.get().status());
                assertEquals(List.of(200, 409), statuses.stream().sorted().toList(),
                        "one action wins, the other is refused: " + cancel.get() + " / " + ship.get());
                String winner = cancel.get().status() == 200 ? "CANCELLED" : "SHIPPED";
                JsonNode history = agentB.get("/orders/" + id + "/history").json();
                assertEquals(2, history.size(), "created, then the winner's action only: " + history);
                assertEquals(winner, history.get(1).get("toStatus").asText());
                assertEquals(winner, agentA.get("/orders/" + id).json().get("status").asText());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void bothNodesLookForExpiredOrdersAndEachIsCancelledAndNotifiedOnce() {
        Map<String, String> customerEmails = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        Instant expiresAt = Instant.now().plusSeconds(3);
        for (int i = 0; i < ORDERS; i++) {
            JsonNode customer = CoreFixtures.customer("Exp", "Iring", CoreFixtures.uniqueEmail("expiring"));
            Api writer = i % 2 == 0 ? agentA : agentB;
            Reply created = writer.post("/orders", orderBody(customer.get("id").asText(), expiresAt));
            assertEquals(201, created.status(), created::toString);
            ids.add(created.text("/id"));
            customerEmails.put(created.text("/id"), customer.get("email").asText());
        }
        for (String id : ids) {
            awaitStatus(id, "CANCELLED");
            JsonNode history = agentA.get("/orders/" + id + "/history").json();
            assertEquals(2, history.size(), "cancelled once: " + history);
            assertEquals("system", history.get(1).get("actor").asText());
            assertEquals(1, nodes.mail().await(customerEmails.get(id), 1).size());
        }
        // Late duplicates would come from the other node's event thread or sender: give them time
        sleepSeconds(3);
        for (String id : ids) {
            assertEquals(1, nodes.mail().receivedBy(customerEmails.get(id)).size(),
                    "one cancellation email for order " + id);
        }
    }

    @Test
    void eachEmailQueuedOnEitherNodeIsSentOnce() {
        JsonNode customer = CoreFixtures.customer("Mail", "Once", CoreFixtures.uniqueEmail("once"));
        String id = agentA.post("/orders", orderBody(customer.get("id").asText(), null)).text("/id");
        int queued = 3 * ORDERS;
        for (int i = 0; i < queued; i++) {
            Api writer = i % 2 == 0 ? agentA : agentB;
            Reply reply = writer.post("/orders/" + id + "/emails",
                    obj("subject", "Note " + i, "body", "Message number " + i).toString());
            assertEquals(202, reply.status(), reply::toString);
        }
        nodes.mail().await(customer.get("email").asText(), queued);
        sleepSeconds(3);
        List<MimeMessage> received = nodes.mail().receivedBy(customer.get("email").asText());
        Set<String> subjects = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            subjects.add(MailServer.subject(message));
            messageIds.add(MailServer.header(message, "Message-ID"));
        }
        assertEquals(queued, received.size(), "each queued email sent once: " + subjects);
        assertEquals(queued, subjects.size());
        assertEquals(queued, messageIds.size());
        JsonNode outbox = agentB.get("/orders/" + id + "/emails").json();
        assertEquals(queued, outbox.size());
        outbox.forEach(email -> assertEquals("SENT", email.get("status").asText(), email::toString));
    }

    private String orderBody(String customerId, Instant expiresAt) {
        return expiresAt == null ? obj("customerId", customerId, "lines", arr(line(sku, 1))).toString()
                : obj("customerId", customerId, "lines", arr(line(sku, 1)), "expiresAt", expiresAt.toString()).toString();
    }

    private void awaitStatus(String id, String status) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String now;
        while (!(now = agentB.get("/orders/" + id).json().get("status").asText()).equals(status)) {
            assertTrue(System.nanoTime() < deadline, "order " + id + " still " + now + nodes.logs());
            sleepSeconds(0.2);
        }
    }

    private static void sleepSeconds(double seconds) {
        KarafProcess.sleep((long) (seconds * 1000));
    }
}
