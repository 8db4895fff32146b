package org.ordo.itests.robustness;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.sql.DataSource;

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
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input at volume: a few thousand malformed, oversized, wrong-typed, Unicode-heavy and
 * injection-style requests against every endpoint, none of which may be answered with a 5xx, each
 * refusal an RFC 9457 problem, and the database exactly as before.
 *
 * <p>{@code -Dordo.fuzz.requests=N} sets how many (default 3000); {@code -Dordo.fuzz.seed=S} replays a
 * run. The seed is random unless given and printed first, so every failure can be reproduced.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT {
    private static final String PROBLEM = "application/problem+json";
    /** A path this long leaves too little of Jetty's 8,192-byte request head for the request's headers. */
    private static final int REQUEST_HEAD_NEAR_FULL = 7_000;
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Filter("(osgi.jndi.service.name=ordo)")
    private DataSource database;

    /** The test runs inside the container: the run's settings go there as system properties. */
    @Configuration
    public Option[] configuration() {
        List<Option> settings = new ArrayList<>(List.of(OrdoDistribution.passing("ordo.fuzz.seed", "ordo.fuzz.requests")));
        // The fuzz sends wrong passwords from 127.0.0.1, as every one of its users: counted, they would soon
        // answer 429 to all of them and fuzz nothing else. HostileRestIT tests the throttle.
        settings.add(editConfigurationFilePut("etc/org.ordo.rest.security.cfg", "loginFailuresPerUser", "0"));
        settings.add(editConfigurationFilePut("etc/org.ordo.rest.security.cfg", "loginFailuresPerAddress", "0"));
        return OrdoDistribution.options(settings.toArray(new Option[0]));
    }

    @Test
    public void badInputIsRefusedWithProblemsAndChangesNothing() throws Exception {
        long seed = Long.getLong("ordo.fuzz.seed", new Random().nextLong());
        int count = Integer.getInteger("ordo.fuzz.requests", 3_000);
        System.out.println("FuzzIT: " + count + " requests, -Dordo.fuzz.seed=" + seed);
        CoreFixtures.awaitCore();

        FuzzFixture fixture = FuzzFixture.create();
        DatabaseSnapshot before = settled(fixture);
        assertTrue("no tables found in the APP schema", before.tableCount() > 0);
        List<FuzzCase> cases = new FuzzGenerator(seed, fixture).generate(count);

        long start = System.nanoTime();
        List<String> failures = send(cases);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> changes = before.differencesTo(DatabaseSnapshot.of(database));

        System.out.println("FuzzIT: " + cases.size() + " requests in " + millis + " ms against " + Endpoints.ALL.size()
                + " endpoints; " + before.tableCount() + " tables, " + before.rowCount() + " rows; seed " + seed);
        System.out.println("FuzzIT: requests by kind " + kinds(cases));
        if (!failures.isEmpty() || !changes.isEmpty()) {
            fail("seed " + seed + ": " + failures.size() + " bad answers, " + changes.size() + " database differences\n"
                    + String.join("\n", failures) + "\n" + String.join("\n", changes));
        }
    }

    /** The snapshot once the fixture's emails left the outbox and two looks a second apart agree. */
    private DatabaseSnapshot settled(FuzzFixture fixture) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        DatabaseSnapshot last = null;
        while (System.nanoTime() < deadline) {
            if (fixture.outboxSettled()) {
                DatabaseSnapshot now = DatabaseSnapshot.of(database);
                if (last != null && last.differencesTo(now).isEmpty()) {
                    return now;
                }
                last = now;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the database never settled after the fixture");
    }

    private List<String> send(List<FuzzCase> cases) throws InterruptedException {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (FuzzCase c : cases) {
            clients.execute(() -> {
                try {
                    Reply reply = send(c);
                    statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                    String problem = problemIn(c, reply);
                    if (problem != null) {
                        failures.add(c.describe() + "\n    -> " + reply.status() + " " + reply.contentType() + " "
                                + FuzzCase.excerpt(String.valueOf(reply.body()), 500) + "\n    " + problem);
                    }
                } catch (RuntimeException e) {
                    failures.add(c.describe() + "\n    -> no answer: " + e);
                }
            });
        }
        clients.shutdown();
        assertTrue("the requests did not finish in 10 minutes", clients.awaitTermination(10, TimeUnit.MINUTES));
        System.out.println("FuzzIT: answers by status " + new TreeMap<>(statuses));
        return failures;
    }

    /** What is wrong with the answer, or null. */
    private static String problemIn(FuzzCase c, Reply reply) {
        int status = reply.status();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            // A bulk action answers 200 and refuses each order inside; the database check covers it
            boolean bulk = c.path().startsWith("/orders/actions/");
            return "GET".equals(c.method()) || bulk ? null : "a write that was accepted";
        }
        if (refusedByJetty(c)) {
            return null;
        }
        String type = reply.contentType();
        if (type == null || !type.startsWith(PROBLEM)) {
            return "a refusal that is not " + PROBLEM;
        }
        try {
            JsonNode problem = JSON.readTree(reply.body());
            if (problem.path("status").asInt() != status) {
                return "a problem whose status is not " + status;
            }
        } catch (IOException e) {
            return "a problem that is not JSON";
        }
        return null;
    }

    /**
     * Requests Jetty refuses before any application code runs: a NUL in the path is a bad message to
     * its URI parser, TRACE is switched off, and a request line that does not fit its 8 KB request head
     * is 414 URI Too Long (several 3,000-character query values in one request). Its own error page
     * answers them (HTML, or nothing), not a problem; only a server-wide Jetty error handler could
     * change that. They must still be 4xx.
     */
    private static boolean refusedByJetty(FuzzCase c) {
        return c.path().contains("%00") || "TRACE".equals(c.method()) || c.path().length() > REQUEST_HEAD_NEAR_FULL;
    }

    private static Reply send(FuzzCase c) {
        Api api = switch (c.user()) {
            case "anonymous", "malformed-auth" -> Api.anonymous();
            case "wrong-password" -> Api.as("admin", "not-the-password");
            default -> Api.as(c.user());
        };
        HttpRequest.Builder request = api.request(c.path());
        if ("malformed-auth".equals(c.user())) {
            request.header("Authorization", malformedAuthorization(c));
        }
        c.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : c.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        return api.send(request.method(c.method(), body));
    }

    /** One of the ways a Basic header can be broken, chosen by the path so that a run is repeatable. */
    private static String malformedAuthorization(FuzzCase c) {
        List<String> broken = List.of("Basic !!!", "Basic", "Bearer abc.def.ghi", "Basic "
                + Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)), "Basic "
                + Base64.getEncoder().encodeToString("admin:admin:admin\u0000".getBytes(StandardCharsets.UTF_8)),
                "Digest username=\"admin\"", "Basic " + "A".repeat(4_000));
        return broken.get(Math.floorMod(c.path().hashCode(), broken.size()));
    }

    private static Map<String, Integer> kinds(List<FuzzCase> cases) {
        Map<String, Integer> kinds = new TreeMap<>();
        cases.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        return kinds;
    }
}
