package org.ordo.itests.reclamations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An admin switches reclamations, and comments, off and on again: orders keep working and their
 * data is untouched while a capability is off, and its data is back after it is on again.
 *
 * <p>Each test uninstalls and reinstalls its own feature and leaves it installed, so the two tests
 * do not depend on their order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClaimsAndCommentsFeatureIT {

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    // ================================================================ helpers

    private static List<String> lineField(JsonNode order, String field) {
        List<JsonNode> lines = new ArrayList<>();
        order.get("lines").forEach(lines::add);
        return texts(lines, field);
    }

    /** The order as read now has the status, lines and totals it had. */
    private static void assertOrderUnchanged(JsonNode before) {
        JsonNode now = orderOf(before.get("id").asText());
        assertEquals(now.toString(), before.get("status").asText(), now.get("status").asText());
        for (String field : List.of("id", "sku", "quantity", "state")) {
            assertEquals(now.toString(), lineField(before, field), lineField(now, field));
        }
        assertEquals(now.toString(), before.get("totals"), now.get("totals"));
    }

    private static void assertOrdersStillWork(String sku, String orderId) {
        JsonNode other = order(customer(), line(sku, 1));
        assertEquals("OPEN", other.get("status").asText());
        assertMoney("20.00", other.at("/totals/grandTotal"));
        Reply patched = agent().patch("/orders/" + orderId, obj("note", "while switched off").toString());
        assertEquals(patched.toString(), 200, patched.status());
        Reply grid = viewer().get("/orders?size=1");
        assertEquals(grid.toString(), 200, grid.status());
    }

    // ================================================================ reclamations

    @Test
    public void uninstallingReclamationsLeavesOrdersWorkingAndReinstallingBringsThemBack() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.RECLAMATIONS);
        String sku = product("20.00", 100);
        String orderId = order(customer(), line(sku, 2)).get("id").asText();
        String reason = "Survives a reinstall " + unique();
        Reply claimed = agent().post("/orders/" + orderId + "/reclamations", obj("reason", reason).toString());
        assertEquals(claimed.toString(), 201, claimed.status());
        String reclamationId = claimed.text("/id");
        JsonNode before = orderOf(orderId);
        assertTrue(before.toString(), before.get("flags").toString().contains("RECLAMATION"));

        features.uninstallFeature("ordo-reclamations", EnumSet.noneOf(FeaturesService.Option.class));
        assertFalse(features.isInstalled(features.getFeature("ordo-reclamations")));
        assertEquals(404, viewer().get("/reclamations").status());
        assertEquals(404, viewer().get("/reclamations/" + reclamationId).status());
        assertEquals(404, agent().post("/orders/" + orderId + "/reclamations",
                obj("reason", "while off").toString()).status());
        assertOrderUnchanged(before);
        Reply dashboard = viewer().get("/dashboard");
        assertEquals(dashboard.toString(), 200, dashboard.status());
        assertFalse(dashboard.toString(), dashboard.json().has("openReclamations"));
        assertOrdersStillWork(sku, orderId);

        features.installFeature("ordo-reclamations");
        Capability.await(Capability.RECLAMATIONS);
        Reply back = viewer().get("/reclamations/" + reclamationId);
        assertEquals(back.toString(), 200, back.status());
        assertEquals(orderId, back.text("/orderId"));
        assertEquals("OPEN", back.text("/status"));
        assertEquals(reason, back.text("/reason"));
        assertEquals(2, back.json().at("/items/0/quantity").asInt());
        Reply listed = viewer().get("/reclamations?orderId=" + orderId);
        assertEquals(listed.toString(), 1, listed.json().get("total").asLong());
        assertTrue(orderOf(orderId).get("flags").toString().contains("RECLAMATION"));
        assertTrue(viewer().get("/dashboard").json().has("openReclamations"));

        Reply closed = agent().post("/reclamations/" + reclamationId + "/close",
                obj("resolution", "Closed after reinstall").toString());
        assertEquals(closed.toString(), 200, closed.status());
        assertEquals("CLOSED", closed.text("/status"));
        assertFalse(orderOf(orderId).get("flags").toString().contains("RECLAMATION"));
    }

    // ================================================================ comments

    @Test
    public void uninstallingCommentsLeavesOrdersWorkingAndReinstallingBringsThemBack() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.COMMENTS);
        String sku = product("20.00", 100);
        String orderId = order(customer(), line(sku, 2)).get("id").asText();
        String path = "/orders/" + orderId + "/comments";
        String message = "Survives a reinstall ✓ " + unique();
        Reply commented = agent().post(path, obj("message", message, "visibility", "CUSTOMER").toString());
        assertEquals(commented.toString(), 201, commented.status());
        String commentId = commented.text("/id");
        JsonNode before = orderOf(orderId);

        features.uninstallFeature("ordo-comments", EnumSet.noneOf(FeaturesService.Option.class));
        assertFalse(features.isInstalled(features.getFeature("ordo-comments")));
        assertEquals(404, viewer().get(path).status());
        assertEquals(404, agent().post(path, obj("message", "while off").toString()).status());
        assertEquals(404, admin().delete(path + "/" + commentId).status());
        assertOrderUnchanged(before);
        assertOrdersStillWork(sku, orderId);

        features.installFeature("ordo-comments");
        Capability.await(Capability.COMMENTS);
        Reply back = viewer().get(path);
        assertEquals(back.toString(), 200, back.status());
        assertEquals(back.toString(), 1, back.json().size());
        assertEquals(commentId, back.text("/0/id"));
        assertEquals(message, back.text("/0/message"));
        assertEquals("agent", back.text("/0/author"));
        assertEquals("CUSTOMER", back.text("/0/visibility"));

        Reply another = agent().post(path, obj("message", "after reinstall").toString());
        assertEquals(another.toString(), 201, another.status());
        assertEquals(List.of(message, "after reinstall"), texts(CoreFixtures.items(viewer().get(path)), "message"));
    }
}
