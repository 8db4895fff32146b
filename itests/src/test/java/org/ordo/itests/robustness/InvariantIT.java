package org.ordo.itests.robustness;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.OrdoDistribution;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Money and stock invariants after a seeded random sequence of thousands of REST operations by
 * several clients at once, as agents and admins: orders created from typed lines and from every
 * source, edited, given and relieved of coupons and special discounts, acted on, shipped, claimed
 * and deleted, with hostile values mixed in. Then, read from the database itself:
 * <ul>
 * <li>each product's stock is its initial stock less what live orders hold or shipped;</li>
 * <li>every order has {@code 0 <= discount <= subtotal}, {@code grandTotal >= 0}, and totals that add up;</li>
 * <li>each promotion's {@code used} equals its counted redemptions, which are the live orders carrying its codes;</li>
 * <li>every order has one history entry per change (one per version).</li>
 * </ul>
 * No request may be answered with a 5xx. {@code -Dordo.invariant.seed=S} replays a run's operations
 * (their interleaving across clients varies), {@code -Dordo.invariant.operations=N} sets how many per client.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvariantIT {
    private static final int CLIENTS = 4;

    @Inject
    @Filter("(osgi.jndi.service.name=ordo)")
    private DataSource database;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(OrdoDistribution.passing("ordo.invariant.seed", "ordo.invariant.operations"));
    }

    @Test
    public void moneyAndStockInvariantsHoldAfterARandomSequenceOfOperations() throws Exception {
        long seed = Long.getLong("ordo.invariant.seed", new Random().nextLong());
        int perClient = Integer.getInteger("ordo.invariant.operations", 600);
        System.out.println("InvariantIT: " + CLIENTS + " clients x " + perClient + " operations, -Dordo.invariant.seed=" + seed);
        CoreFixtures.awaitCore();

        InvariantFixture fixture = InvariantFixture.create(new Random(seed), CLIENTS);
        Map<String, Integer> consumedByDeleted = new ConcurrentHashMap<>();
        List<RandomClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new RandomClient(new Random(seed + 1 + i), fixture, fixture.customersOf(i), consumedByDeleted));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (RandomClient client : clients) {
            running.add(pool.submit(() -> client.run(perClient)));
        }
        for (Future<?> client : running) {
            client.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> serverErrors = new ArrayList<>();
        Map<String, Integer> answers = new java.util.TreeMap<>();
        for (RandomClient client : clients) {
            serverErrors.addAll(client.serverErrors());
            client.answers().forEach((key, count) -> answers.merge(key, count, Integer::sum));
        }
        System.out.println("InvariantIT: " + CLIENTS * perClient + " operations in " + millis + " ms; answers " + answers);
        if (!serverErrors.isEmpty()) {
            fail("seed " + seed + ": " + serverErrors.size() + " answers of 5xx\n" + String.join("\n", serverErrors));
        }
        assertTrue("seed " + seed + ": too few operations succeeded to mean anything: " + answers,
                answers.getOrDefault("create 201", 0) > CLIENTS * perClient / 20);

        Invariants invariants = new Invariants(database, fixture.initialStock(), consumedByDeleted);
        List<String> broken = invariants.awaitHolding(60);
        System.out.println("InvariantIT: checked " + invariants.summary());
        assertEquals("seed " + seed + ": broken invariants\n" + String.join("\n", broken), List.of(), broken);
    }
}
