package org.ordo.itests.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.net.http.HttpRequest;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
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

/**
 * An admin switches each capability off and on again on the running distribution, one after the
 * other: while one is off its endpoints are gone and every other capability still answers with its
 * data; once it is back, so is its own data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeatureSwitchingIT {

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    /** For each capability, a record it keeps, made over REST. */
    private static Map<Capability, String> recordsOfEachCapability() {
        String orderId = order(customer(), line(product("8.00", 50), 2)).get("id").asText();
        Map<Capability, String> records = new EnumMap<>(Capability.class);
        records.put(Capability.CORE, "/orders/" + orderId);
        assertEquals(200, agent().post("/orders/" + orderId + "/items/events/pay", "{}").status());
        records.put(Capability.LIFECYCLE, "/orders/" + orderId + "/history");
        Reply shipment = agent().post("/orders/" + orderId + "/shipments",
                obj("carrier", "UPS", "trackingNumber", "1Z999AA10123456784").toString());
        assertEquals(shipment.toString(), 201, shipment.status());
        records.put(Capability.SHIPPING, "/shipments/" + shipment.text("/id"));
        Reply promotion = admin().post("/promotions", obj("name", "Switched", "discount",
                obj("type", "PERCENT", "value", "5"), "requiresCoupon", true, "active", true).toString());
        assertEquals(promotion.toString(), 201, promotion.status());
        records.put(Capability.PROMOTIONS, "/promotions/" + promotion.text("/id"));
        Reply claim = agent().post("/orders/" + orderId + "/reclamations", obj("reason", "dented").toString());
        assertEquals(claim.toString(), 201, claim.status());
        records.put(Capability.RECLAMATIONS, "/reclamations/" + claim.text("/id"));
        assertEquals(201, agent().post("/orders/" + orderId + "/comments", obj("message", "kept").toString()).status());
        records.put(Capability.COMMENTS, "/orders/" + orderId + "/comments");
        Reply attached = agent().send(agent().request("/orders/" + orderId + "/attachments")
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename=\"note.txt\"")
                .POST(HttpRequest.BodyPublishers.ofString("kept")));
        assertEquals(attached.toString(), 201, attached.status());
        records.put(Capability.ATTACHMENTS, "/attachments/" + attached.text("/id"));
        assertEquals(202, agent().post("/orders/" + orderId + "/emails", obj("template", "order-confirmation").toString())
                .status());
        records.put(Capability.EMAIL, "/orders/" + orderId + "/emails");
        return records;
    }

    /**
     * Another capability's feature change leaves this one running: its record answers, unchanged, and
     * never with an error of Ordo's own (a problem document), which is what a request got when every
     * bundle wired to javax.persistence was refreshed and its persistence unit closed under it. The
     * whiteboard still rebuilds the JAX-RS application when a capability's resources come or go, and a
     * request at that moment gets the servlet's own error page; that one is retried, for a few seconds.
     */
    private static void assertKept(Capability capability, String path) {
        Reply reply = viewer().get(path);
        for (long deadline = System.nanoTime() + 10_000_000_000L; reply.status() >= 500 && !isProblem(reply)
                && System.nanoTime() < deadline;) {
            sleep(200);
            reply = viewer().get(path);
        }
        assertEquals(capability + " " + reply, 200, reply.status());
        assertFalse(capability + " " + reply, reply.body().equals("[]"));
    }

    @Test
    public void everyCapabilityCanBeSwitchedOffAndOnWhileTheOthersKeepWorking() throws Exception {
        CoreFixtures.awaitCore();
        Map<Capability, String> records = recordsOfEachCapability();
        assertEquals("a record for every capability", EnumSet.allOf(Capability.class), records.keySet());

        for (Capability switched : EnumSet.complementOf(EnumSet.of(Capability.CORE))) {
            features.uninstallFeature(switched.feature(), EnumSet.noneOf(FeaturesService.Option.class));
            Reply gone = viewer().get(records.get(switched));
            assertEquals(switched + " is off: " + gone, 404, gone.status());
            assertTrue(switched + " is off: " + gone, gone.body().contains("No resource at this path"));
            for (Capability other : EnumSet.complementOf(EnumSet.of(switched))) {
                assertKept(other, records.get(other));
            }
            String sku = product("1.00", 5);
            assertEquals(switched + " is off", "OPEN", order(customer(), line(sku, 1)).get("status").asText());

            features.installFeature(switched.feature());
            Capability.await(Capability.values());
            assertKept(switched, records.get(switched));
        }
    }

    private static boolean isProblem(Reply reply) {
        return reply.contentType() != null && reply.contentType().startsWith(CoreFixtures.PROBLEM);
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
