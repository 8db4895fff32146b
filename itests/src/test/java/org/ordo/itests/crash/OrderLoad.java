package org.ordo.itests.crash;

import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.ordo.itests.support.Api;
import org.ordo.itests.support.Reply;

/**
 * C clients creating orders (three lines, quantities 1..3) and acting on orders already acknowledged
 * (cancel or mark-shipped an open one, close one of those), writing every acknowledgement into the
 * ledger. A client stops at its first request that gets no answer: that is the server dying under it.
 */
final class OrderLoad {
    private final Ledger ledger;
    private final List<String> skus;
    private final List<String> customers;
    private final Queue<Ledger.Order> open = new ConcurrentLinkedQueue<>();
    private final Queue<Ledger.Order> closable = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients = new ArrayList<>();
    private final Api api = Api.as("agent");
    private volatile boolean stopped;

    final AtomicInteger createsAcknowledged = new AtomicInteger();
    final AtomicInteger actionsAcknowledged = new AtomicInteger();
    final AtomicInteger createsUnanswered = new AtomicInteger();
    final AtomicInteger actionsUnanswered = new AtomicInteger();
    /** Answers other than the expected 201/200, by "request status", e.g. "cancel 409". */
    final Map<String, AtomicInteger> unexpected = new ConcurrentHashMap<>();

    /** Acts also on the orders earlier rounds left open or shipped/cancelled, when their status is known for sure. */
    OrderLoad(Ledger ledger, List<String> skus, List<String> customers) {
        this.ledger = ledger;
        this.skus = skus;
        this.customers = customers;
        for (Ledger.Order order : ledger.orders()) {
            if (order.settled() && order.status().equals("OPEN")) {
                open.add(order);
            } else if (order.settled() && (order.status().equals("SHIPPED") || order.status().equals("CANCELLED"))) {
                closable.add(order);
            }
        }
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            Thread client = new Thread(this::drive, "crash-client-" + i);
            clients.add(client);
            client.start();
        }
    }

    /** Ends the clients still running (none, once the server is dead) and waits for all of them. */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread client : clients) {
            client.join();
        }
    }

    private void drive() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean answered = true;
        while (!stopped && answered) {
            double dice = random.nextDouble();
            Ledger.Order toClose = dice < 0.1 ? closable.poll() : null;
            Ledger.Order toSettle = toClose == null && dice < 0.4 ? open.poll() : null;
            if (toClose != null) {
                answered = act(toClose, "close");
            } else if (toSettle != null) {
                answered = act(toSettle, random.nextBoolean() ? "cancel" : "mark-shipped");
            } else {
                answered = create(random);
            }
        }
    }

    private boolean create(ThreadLocalRandom random) {
        List<String> picked = new ArrayList<>(skus);
        Collections.shuffle(picked, random);
        String body = obj("customerId", customers.get(random.nextInt(customers.size())), "lines",
                arr(line(picked.get(0), 1 + random.nextInt(3)), line(picked.get(1), 1 + random.nextInt(3)),
                        line(picked.get(2), 1 + random.nextInt(3)))).toString();
        Reply reply;
        try {
            reply = api.post("/orders", body);
        } catch (RuntimeException noAnswer) {
            createsUnanswered.incrementAndGet();
            return false;
        }
        if (reply.status() == 201) {
            open.add(ledger.acknowledgeCreate(reply.json()));
            createsAcknowledged.incrementAndGet();
        } else {
            unexpected.computeIfAbsent("create " + reply.status(), key -> new AtomicInteger()).incrementAndGet();
        }
        return true;
    }

    private boolean act(Ledger.Order order, String action) {
        Reply reply;
        try {
            reply = api.post("/orders/" + order.id + "/actions/" + action, "{}");
        } catch (RuntimeException noAnswer) {
            order.actionInDoubt(action);
            actionsUnanswered.incrementAndGet();
            return false;
        }
        if (reply.status() == 200) {
            order.acknowledgeAction(action, reply.text("/status"));
            actionsAcknowledged.incrementAndGet();
            if (!action.equals("close")) {
                closable.add(order);
            }
        } else {
            unexpected.computeIfAbsent(action + " " + reply.status(), key -> new AtomicInteger()).incrementAndGet();
        }
        return true;
    }
}
