package org.ordo.itests.promotions;

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
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.EnumSet;

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

/** An admin switches promotions off and on again: orders keep working, and the promotions come back. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PromotionsFeatureIT {

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Test
    public void uninstallingPromotionsLeavesOrdersWorkingAndReinstallingBringsTheirDataBack() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.PROMOTIONS);
        Reply promotion = admin().post("/promotions", obj("name", "Reinstalled 10 %", "discount",
                obj("type", "PERCENT", "value", "10"), "requiresCoupon", true, "active", true).toString());
        String promotionId = promotion.text("/id");
        admin().post("/promotions/" + promotionId + "/coupons", obj("code", "BACKAGAIN-" + CoreFixtures.unique()).toString());
        String code = admin().get("/promotions/" + promotionId + "/coupons").text("/items/0/code");
        String sku = product("50.00", 100);
        String orderId = order(customer(), line(sku, 2)).get("id").asText();
        assertEquals(200, agent().post("/orders/" + orderId + "/coupons", obj("code", code).toString()).status());

        features.uninstallFeature("ordo-promotions", EnumSet.noneOf(FeaturesService.Option.class));
        assertFalse(features.isInstalled(features.getFeature("ordo-promotions")));
        assertEquals(404, viewer().get("/promotions").status());
        assertEquals(404, agent().post("/orders/" + orderId + "/coupons", obj("code", code).toString()).status());
        JsonNode other = order(customer(), line(sku, 1));
        assertEquals("OPEN", other.get("status").asText());
        assertMoney("50.00", other.at("/totals/grandTotal"));
        assertEquals("OPEN", orderOf(orderId).get("status").asText());

        features.installFeature("ordo-promotions");
        Capability.await(Capability.PROMOTIONS);
        Reply back = viewer().get("/promotions/" + promotionId);
        assertEquals(back.toString(), 200, back.status());
        assertEquals("Reinstalled 10 %", back.text("/name"));
        assertEquals(1, back.json().get("used").asInt());
        Reply coupons = agent().get("/promotions/" + promotionId + "/coupons");
        assertEquals(code, coupons.text("/items/0/code"));
        Reply patched = agent().patch("/orders/" + orderId, "{\"note\":\"recalculate\"}");
        assertEquals(patched.toString(), 200, patched.status());
        assertMoney("10.00", patched.json().at("/totals/discount"));
        assertTrue(patched.json().get("couponCodes").toString().contains(code));
    }
}
