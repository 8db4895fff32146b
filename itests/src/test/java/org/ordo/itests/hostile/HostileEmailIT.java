package org.ordo.itests.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.uniqueEmail;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.Locale;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an authenticated user could send to take a core or the heap through email, or to mail an
 * order's data elsewhere: each attack is answered with a clear 4xx problem, quickly, queues nothing,
 * and the server goes on answering. Admins' templates are attacked through {@code PUT
 * /email-templates/{name}}, agents' own text through {@code POST /orders/{id}/emails}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileEmailIT {
    /** A refusal at parse time takes milliseconds; this leaves room for a loaded machine. */
    private static final long QUICKLY_MILLIS = 5_000;
    /** The distribution's renderTimeLimitMillis, and room for a loaded machine beyond it. */
    private static final long RENDER_LIMIT_MILLIS = 2_000;

    /** Writes nothing, so before the check only the time limit could have stopped it, and it did not. */
    private static final String NESTED_INTERPRET_LOOPS =
            "Hello\n<@r\"<#list 1..100000 as a><#list 1..100000 as b><#if a == 0>x</#if></#list></#list>\"?interpret/>";
    private static final String CATASTROPHIC_REGEX =
            "${\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"?matches(\"(a+)+b\")?string(\"y\", \"n\")}";

    @Inject
    SessionFactory sessions;

    private JsonNode order;
    private String customerEmail;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void anOrderOfANewCustomer() throws Exception {
        CoreFixtures.awaitCore();
        new AdminConsole(sessions).await("email:outbox --size 1");
        customerEmail = uniqueEmail("hostile");
        String customerId = customer("Hal", "Tester", customerEmail).get("id").asText();
        order = CoreFixtures.order(customerId, line(product("10.00", 10), 1));
    }

    // ================================================================ helpers

    private String emails() {
        return "/orders/" + order.get("id").asText() + "/emails";
    }

    private int emailCount() {
        Reply reply = viewer().get(emails());
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().size();
    }

    /** The attack is a problem of this status within the time, queues nothing, and the server answers on. */
    private Reply refused(int status, long withinMillis, Supplier<Reply> attack) {
        int queued = emailCount();
        long start = System.nanoTime();
        Reply reply = attack.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(reply, status);
        assertTrue(reply + "\nanswered after " + millis + " ms", millis < withinMillis);
        assertEquals("nothing queued", queued, emailCount());
        serverAnswers();
        return reply;
    }

    private static void serverAnswers() {
        long start = System.nanoTime();
        Reply health = Api.anonymous().get("/health");
        assertEquals(health.toString(), 200, health.status());
        Reply template = viewer().get("/email-templates/order-shipped");
        assertEquals(template.toString(), 200, template.status());
        assertTrue("the server answers at once", System.nanoTime() - start < QUICKLY_MILLIS * 1_000_000);
    }

    /** An admin saves a new template with this body: refused with 422 on the body, and not saved. */
    private String templateRefused(String body, long withinMillis) {
        String name = "hostile-" + unique();
        Reply reply = refused(422, withinMillis, () -> admin().put("/email-templates/" + name,
                obj("subject", "Order ${order.number}", "body", body, "format", "HTML").toString()));
        assertProblem(viewer().get("/email-templates/" + name), 404);
        return assertFieldError(reply, "body");
    }

    private String templateRefused(String body) {
        return templateRefused(body, QUICKLY_MILLIS);
    }

    /** An agent sends this as own text to the customer: refused with 422 on the body. */
    private String ownTextRefused(String body) {
        return assertFieldError(refused(422, QUICKLY_MILLIS,
                () -> agent().post(emails(), obj("subject", "About your order", "body", body).toString())), "body");
    }

    private static void assertMentions(String message, String... words) {
        for (String word : words) {
            assertTrue("'" + word + "' not in: " + message, message.contains(word));
        }
    }

    // ================================================================ templates that could run away

    @Test
    public void nestedLoopsBuiltWithInterpretAreRefused() {
        assertMentions(templateRefused(NESTED_INTERPRET_LOOPS), "line 2, column 3", "?interpret is not allowed");
        assertMentions(ownTextRefused("Hello\n${\"<#list 1..99999 as a><#list 1..99999 as b>x</#list></#list>\"?interpret}"),
                "line 2: unknown placeholder");

        // Without a placeholder an agent's text means nothing to the server: it is queued as written, at once
        long start = System.nanoTime();
        Reply asText = agent().post(emails(), obj("subject", "About your order", "body", NESTED_INTERPRET_LOOPS).toString());
        assertEquals(asText.toString(), 202, asText.status());
        assertTrue("queued at once", System.nanoTime() - start < QUICKLY_MILLIS * 1_000_000);
    }

    @Test
    public void evalIsRefused() {
        assertMentions(templateRefused("<p>${\"1 + 1\"?eval}</p>"), "line 1", "?eval is not allowed");
        assertMentions(templateRefused("<p>${\"[1, 2]\"?eval_json?size}</p>"), "?eval_json is not allowed");
        assertMentions(ownTextRefused("${\"1 + 1\"?eval}"), "unknown placeholder");
    }

    @Test
    public void hugePaddingIsRefused() {
        assertMentions(templateRefused("${customer.firstName?left_pad(150000000)}"), "?left_pad pads to at most 200");
        assertMentions(templateRefused("${customer.firstName?right_pad(150000000)}"), "?right_pad pads to at most 200");
        assertMentions(ownTextRefused("${customer.firstName?left_pad(150000000)}"), "unknown placeholder");
    }

    @Test
    public void catastrophicRegularExpressionsAreRefused() {
        assertMentions(templateRefused(CATASTROPHIC_REGEX), "?matches is not allowed", "regular expressions");
        assertMentions(templateRefused("${order.note?replace(\"(a+)+b\", \"x\", \"r\")}"), "?replace is not allowed");
        assertMentions(ownTextRefused(CATASTROPHIC_REGEX), "unknown placeholder");
    }

    @Test
    public void hugeRangesAreRefused() {
        assertMentions(templateRefused("${(1..150000000)?join(\",\")}"), "at most 1000 numbers");
        assertMentions(templateRefused("<#list 1..150000000 as i>x</#list>"), "at most 1000 numbers");
        assertMentions(ownTextRefused("${(1..150000000)?join(\",\")}"), "unknown placeholder");
    }

    @Test
    public void recursionThroughMacrosAndFunctionsIsRefused() {
        assertMentions(templateRefused("<#macro m n><@m n + 1/></#macro><@m 0/>"), "#macro is not allowed");
        assertMentions(templateRefused("<#function f n><#return f(n) + f(n)></#function>${f(1)}"),
                "#function is not allowed");
    }

    @Test
    public void valuesDoubledStepByStepAreRefused() {
        assertMentions(templateRefused("<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}"),
                "#assign is not allowed");
        assertMentions(templateRefused("<#list [order.number + order.number] as a><#list [a + a] as b>${b}</#list></#list>"),
                "#list may only go through");
    }

    @Test
    public void loopsThatOutlastTheTimeLimitAreStoppedAtIt() {
        String message = templateRefused("<#list 1..1000 as a><#list 1..1000 as b><#list 1..1000 as c>"
                + "<#if c == -1>x</#if></#list></#list></#list>", RENDER_LIMIT_MILLIS + QUICKLY_MILLIS);
        assertMentions(message, "takes longer than " + RENDER_LIMIT_MILLIS + " ms to render");
    }

    // ================================================================ whom an agent's email goes to

    @Test
    public void anAgentsEmailGoesToTheCustomerOnly() {
        String elsewhere = uniqueEmail("elsewhere");
        Reply template = refused(403, QUICKLY_MILLIS,
                () -> agent().post(emails(), obj("template", "order-confirmation", "to", elsewhere).toString()));
        assertMentions(template.text("/detail"), "only an admin may send it to another address");
        refused(403, QUICKLY_MILLIS,
                () -> agent().post(emails(), obj("subject", "Hi", "body", "${order.number}", "to", elsewhere).toString()));

        int queued = emailCount();
        Reply toTheCustomer = agent().post(emails(),
                obj("template", "order-confirmation", "to", customerEmail.toUpperCase(Locale.ROOT)).toString());
        assertEquals(toTheCustomer.toString(), 202, toTheCustomer.status());
        Reply byAnAdmin = admin().post(emails(), obj("template", "order-confirmation", "to", elsewhere).toString());
        assertEquals(byAnAdmin.toString(), 202, byAnAdmin.status());
        assertEquals(queued + 2, emailCount());
    }

    @Test
    public void theConsoleKeepsTheSameRule() throws Exception {
        String elsewhere = uniqueEmail("elsewhere");
        int queued = emailCount();
        String refused = asConsoleUser(false, "email:send --to " + elsewhere + " " + order.get("id").asText()
                + " order-confirmation");
        AdminConsole.assertClearError(refused, "only an admin may send it to another address");
        assertEquals(queued, emailCount());
        String sent = asConsoleUser(true, "email:send --to " + elsewhere + " " + order.get("id").asText()
                + " order-confirmation");
        assertTrue(sent, sent.contains("to " + elsewhere + " QUEUED"));
        assertEquals(queued + 1, emailCount());
    }

    private String asConsoleUser(boolean ordoAdmin, String command) throws Exception {
        return (ordoAdmin ? new AdminConsole(sessions) : AdminConsole.operator(sessions)).execute(command);
    }
}
