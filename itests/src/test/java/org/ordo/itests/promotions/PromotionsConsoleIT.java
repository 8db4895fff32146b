package org.ordo.itests.promotions;

import static org.junit.Assert.assertEquals;
import static org.ordo.itests.support.AdminConsole.assertClearError;
import static org.ordo.itests.support.AdminConsole.assertNoStackTrace;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.unique;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console commands of the promotions bundle, run in the container as a console user would: a
 * promotion is made over REST, the commands must show it, and coupon:generate must add codes that
 * REST then lists.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PromotionsConsoleIT {
    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void promotionsAndCommandsArePublished() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.PROMOTIONS);
        awaitCommand("promotion:list --size 1");
    }

    @Test
    public void listShowGenerateAndListCouponsOfAPromotionMadeOverRest() throws Exception {
        String name = "Console " + unique();
        JsonNode promotion = promotion(name);
        String id = promotion.get("id").asText();

        String list = execute("promotion:list");
        assertTrue(list, list.contains(name));
        assertTrue(list, list.contains("PERCENT 10"));
        assertTrue(list, list.contains("Page 1 of "));

        String shown = execute("promotion:show " + id);
        assertTrue(shown, shown.contains(name));
        assertTrue(shown, shown.contains("PERCENT"));
        assertTrue(shown, shown.contains("0 coupons in all"));

        String generated = execute("coupon:generate " + id + " 5 --prefix CON-");
        assertNoStackTrace(generated);
        List<String> codes = codesOf(generated);
        assertTrue(generated, generated.contains("Generated 5 codes for promotion " + id));
        assertEquals(generated, 5, codes.size());
        codes.forEach(code -> assertTrue(generated, code.startsWith("CON-")));

        Reply coupons = admin().get("/promotions/" + id + "/coupons");
        assertEquals(coupons.toString(), 200, coupons.status());
        assertEquals(coupons.toString(), 5, coupons.json().get("total").asLong());

        String couponList = execute("coupon:list " + id);
        codes.forEach(code -> assertTrue(couponList, couponList.contains(code)));
        assertTrue(couponList, couponList.contains("Page 1 of 1 (total 5)"));

        String firstTwo = execute("coupon:list --size 2 " + id);
        assertTrue(firstTwo, firstTwo.contains("Page 1 of 3 (total 5)"));
        String lastOne = execute("coupon:list " + id + " --page 3 --size 2");
        assertTrue(lastOne, lastOne.contains("Page 3 of 3 (total 5)"));

        String shownAgain = execute("promotion:show " + id);
        codes.forEach(code -> assertTrue(shownAgain, shownAgain.contains(code)));
        assertTrue(shownAgain, shownAgain.contains("5 coupons in all"));
    }

    @Test
    public void unknownPromotionIsOneClearLine() throws Exception {
        String output = execute("promotion:show 999999999");
        assertClearError(output, "999999999");
        assertClearError(execute("coupon:list 999999999"), "999999999");
        assertClearError(execute("coupon:generate 999999999 2"), "999999999");
    }

    @Test
    public void badCountsAndPagingAreOneClearLine() throws Exception {
        String id = promotion("Console " + unique()).get("id").asText();

        assertClearError(execute("coupon:generate " + id + " -3"), "count");
        assertClearError(execute("coupon:generate " + id + " many"), "count");
        assertClearError(execute("coupon:generate " + id + " 0"), "count");
        assertClearError(execute("coupon:generate " + id + " 2 --colour red"), "--colour");
        assertClearError(execute("coupon:generate " + id + " 2 --prefix"), "prefix: ");
        assertClearError(execute("promotion:list --page 0"), "page: ");
        assertClearError(execute("promotion:list --size abc"), "size: ");
        assertClearError(execute("coupon:list " + id + " --page -1"), "page: ");

        Reply coupons = admin().get("/promotions/" + id + "/coupons");
        assertEquals(coupons.toString(), 0, coupons.json().get("total").asLong());
    }

    /** Creates an active 10% promotion that requires a coupon, as admin, and answers its body. */
    private static JsonNode promotion(String name) {
        String body = obj("name", name, "discount", obj("type", "PERCENT", "value", "10"), "requiresCoupon", true,
                "active", true).toString();
        Reply reply = admin().post("/promotions", body);
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.json().get("id"));
        return reply.json();
    }

    /** The code lines that follow coupon:generate's "Generated N codes" line. */
    private static List<String> codesOf(String output) {
        List<String> codes = new ArrayList<>();
        boolean after = false;
        for (String line : output.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Generated ")) {
                after = true;
            } else if (after && !trimmed.isEmpty()) {
                codes.add(trimmed);
            }
        }
        return codes;
    }

    private void awaitCommand(String command) throws Exception {
        new AdminConsole(sessionFactory).await(command);
    }

    private String execute(String command) throws Exception {
        return new AdminConsole(sessionFactory).execute(command);
    }
}
