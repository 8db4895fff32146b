package org.ordo.itests.lifecycle;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.arr;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.time.Instant;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** With auto-cancel on, an open order past its expiresAt is cancelled by the system, once. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExpiryIT {

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(
                editConfigurationFilePut("etc/org.ordo.lifecycle.expiry.cfg", "autoCancel", "true"),
                editConfigurationFilePut("etc/org.ordo.lifecycle.expiry.cfg", "intervalSeconds", "1"));
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    @Test
    public void anExpiredOpenOrderIsCancelledBySystemAndAnUnexpiredOneIsNot() throws InterruptedException {
        String sku = product("5.00", 10);
        String customerId = customer();
        Reply expiring = agent().post("/orders", obj("customerId", customerId, "lines", arr(line(sku, 2)),
                "expiresAt", Instant.now().plusSeconds(2).toString()).toString());
        assertEquals(expiring.toString(), 201, expiring.status());
        Reply lasting = agent().post("/orders", obj("customerId", customerId, "lines", arr(line(sku, 1)),
                "expiresAt", Instant.now().plusSeconds(3600).toString()).toString());
        String id = expiring.text("/id");
        String status = "OPEN";
        for (int i = 0; i < 100 && status.equals("OPEN"); i++) {
            Thread.sleep(100);
            status = orderOf(id).get("status").asText();
        }
        assertEquals("CANCELLED", status);
        assertEquals(9, stock(sku));
        JsonNode history = viewer().get("/orders/" + id + "/history").json();
        assertEquals(2, history.size());
        assertEquals("system", history.get(1).get("actor").asText());
        assertEquals("expired", history.get(1).get("comment").asText());
        assertEquals("OPEN", orderOf(lasting.text("/id")).get("status").asText());
    }
}
