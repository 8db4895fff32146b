package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.concurrently;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.etagOf;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderBody;
import static org.ordo.itests.core.CoreFixtures.orderCount;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.patchIfMatch;
import static org.ordo.itests.core.CoreFixtures.postIdempotent;
import static org.ordo.itests.core.CoreFixtures.problemMentions;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.times;
import static org.ordo.itests.core.CoreFixtures.unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Concurrent requests: stock is never oversold, versions are never silently overwritten, keys and numbers stay unique. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrderRacesIT {

    @Before
    public void coreIsPublished() {
        CoreFixtures.awaitCore();
    }

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Test
    public void concurrentOrdersNeverOversellTheStock() throws Exception {
        String customerId = customer();
        String sku = product("1.00", 5);
        String body = orderBody(customerId, line(sku, 1)).toString();

        List<Reply> replies = concurrently(times(10, () -> agent().post("/orders", body)));

        int created = 0;
        int refused = 0;
        for (Reply reply : replies) {
            if (reply.status() == 201) {
                created++;
            } else {
                assertEquals(reply.toString(), 422, reply.status());
                assertTrue(reply.toString(), problemMentions(reply, sku));
                refused++;
            }
        }
        assertEquals(replies.toString(), 5, created);
        assertEquals(replies.toString(), 5, refused);
        assertEquals(0, stock(sku));
        assertEquals(5, orderCount(customerId));
    }

    @Test
    public void concurrentMultiUnitOrdersReserveOnlyWhatIsThere() throws Exception {
        String customerId = customer();
        String sku = product("1.00", 5);
        String body = orderBody(customerId, line(sku, 2)).toString();

        List<Reply> replies = concurrently(times(8, () -> agent().post("/orders", body)));

        assertEquals(replies.toString(), 2, count(replies, 201));
        assertEquals(replies.toString(), 6, count(replies, 422));
        assertEquals(1, stock(sku));
        assertEquals(2, orderCount(customerId));
    }

    @Test
    public void ordersTakingProductsInOppositeOrderAllSucceed() throws Exception {
        String customerId = customer();
        String first = product("1.00", 100);
        String second = product("2.00", 100);
        String forward = orderBody(customerId, line(first, 1), line(second, 1)).toString();
        String backward = orderBody(customerId, line(second, 1), line(first, 1)).toString();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String body = i % 2 == 0 ? forward : backward;
            calls.add(() -> agent().post("/orders", body));
        }

        List<Reply> replies = concurrently(calls);

        assertEquals(replies.toString(), 10, count(replies, 201));
        assertEquals(90, stock(first));
        assertEquals(90, stock(second));
        assertEquals(10, orderCount(customerId));
    }

    @Test
    public void twoEditsWithTheSameVersionCannotBothWin() throws Exception {
        JsonNode order = order(customer(), line(product("1.00", 10), 1));
        String id = order.get("id").asText();
        long version = order.get("version").asLong();
        String etag = etagOf(order);

        List<Callable<Reply>> calls = List.of(
                () -> patchIfMatch("/orders/" + id, etag, obj("note", "from A")),
                () -> patchIfMatch("/orders/" + id, etag, obj("note", "from B")));
        List<Reply> replies = concurrently(calls);

        assertEquals(replies.toString(), 1, count(replies, 200));
        assertEquals(replies.toString(), 1, count(replies, 412) + count(replies, 409));
        Reply winner = replies.get(0).status() == 200 ? replies.get(0) : replies.get(1);
        JsonNode read = orderOf(id);
        assertEquals(version + 1, read.get("version").asLong());
        assertEquals(winner.text("/note"), read.get("note").asText());
    }

    @Test
    public void concurrentLineEditsKeepStockConsistentWithTheOrder() throws Exception {
        String sku = product("1.00", 10);
        JsonNode order = order(customer(), line(sku, 1));
        String id = order.get("id").asText();
        String lineId = order.at("/lines/0/id").asText();
        long version = order.get("version").asLong();

        List<Callable<Reply>> calls = new ArrayList<>();
        for (int quantity = 1; quantity <= 8; quantity++) {
            ObjectNode edited = line(sku, quantity);
            edited.put("id", lineId);
            String body = obj("lines", arr(edited)).toString();
            calls.add(() -> agent().patch("/orders/" + id, body));
        }
        List<Reply> replies = concurrently(calls);

        int applied = count(replies, 200);
        assertTrue(replies.toString(), applied >= 1);
        assertEquals(replies.toString(), replies.size(), applied + count(replies, 409));
        JsonNode read = orderOf(id);
        int quantity = read.at("/lines/0/quantity").asInt();
        assertEquals("stock follows the order's final quantity", 10 - quantity, stock(sku));
        assertEquals(version + applied, read.get("version").asLong());
    }

    @Test
    public void parallelRetriesWithOneIdempotencyKeyCreateOneOrder() throws Exception {
        String customerId = customer();
        String sku = product("1.00", 20);
        String key = "race-" + unique();
        ObjectNode body = orderBody(customerId, line(sku, 2));

        List<Reply> replies = concurrently(times(10, () -> postIdempotent(key, body)));

        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Reply reply : replies) {
            int status = reply.status();
            assertTrue(reply.toString(), status == 200 || status == 201 || status == 409);
            if (status == 201) {
                created++;
            }
            if (status != 409) {
                ids.add(reply.text("/id"));
            }
        }
        assertTrue(replies.toString(), created >= 1);
        assertEquals(replies.toString(), 1, ids.size());
        assertEquals(1, orderCount(customerId));
        assertEquals(18, stock(sku));

        Reply retry = postIdempotent(key, body);
        assertTrue(retry.toString(), retry.status() == 200 || retry.status() == 201);
        assertEquals(ids.iterator().next(), retry.text("/id"));
    }

    @Test
    public void parallelOrdersGetDistinctNumbers() throws Exception {
        String sku = product("1.00", 100);
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = orderBody(customer(), line(sku, 1)).toString();
            calls.add(() -> agent().post("/orders", body));
        }

        List<Reply> replies = concurrently(calls);

        Set<String> numbers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Reply reply : replies) {
            assertEquals(reply.toString(), 201, reply.status());
            assertTrue(reply.toString(), reply.text("/number").matches("SO-\\d{6,}"));
            numbers.add(reply.text("/number"));
            ids.add(reply.text("/id"));
        }
        assertEquals(20, numbers.size());
        assertEquals(20, ids.size());
        assertEquals(80, stock(sku));
    }

    private static int count(List<Reply> replies, int status) {
        int n = 0;
        for (Reply reply : replies) {
            if (reply.status() == status) {
                n++;
            }
        }
        return n;
    }
}
