package org.ordo.itests.email;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.uniqueEmail;
import static org.ordo.itests.core.CoreFixtures.viewer;
import static org.ordo.itests.email.MailServer.body;
import static org.ordo.itests.email.MailServer.subject;

import java.util.List;

import javax.inject.Inject;
import javax.mail.internet.MimeMessage;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Emails about orders, delivered to a real SMTP server (GreenMail, in the container) and read back
 * from it: templates, free text, previews, admins' edits, notifications, and every refused input.
 * Each test uses its own customer, so its mail is told apart by the recipient.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmailIT {
    private static final MailServer SMTP = new MailServer();

    @Inject
    ConfigurationAdmin configurations;

    @Inject
    SessionFactory sessions;

    private AdminConsole console;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(MailServer.bundle());
    }

    @Before
    public void smtpServerUpAndConfigured() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.EMAIL);
        console = new AdminConsole(sessions);
        console.await("email:outbox --size 1");
        SMTP.start();
        new EmailSettings(configurations, console).smtp(SMTP.port());
    }

    @After
    public void builtInTemplatesAsShipped() {
        for (String name : List.of("order-confirmation", "order-shipped", "order-cancelled", "order-checkout-link")) {
            admin().delete("/email-templates/" + name);
        }
    }

    // ================================================================ helpers

    /** An order of two lines for a new customer; answers the order, whose customer's email is {@link #to}. */
    private static JsonNode newOrder(String firstName, String email) {
        String customerId = customer(firstName, "Tester", email).get("id").asText();
        return order(customerId, line(product("12.50", 20), 2), line(product("3.00", 20), 1));
    }

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private static String emails(JsonNode order) {
        return "/orders/" + id(order) + "/emails";
    }

    private static JsonNode queued(JsonNode order, JsonNode request) {
        Reply reply = agent().post(emails(order), request.toString());
        assertEquals(reply.toString(), 202, reply.status());
        assertEquals(reply.toString(), "QUEUED", reply.text("/status"));
        assertFalse(reply.toString(), reply.text("/id").isEmpty());
        return reply.json();
    }

    private static List<JsonNode> emailsOf(JsonNode order) {
        Reply reply = viewer().get(emails(order));
        assertEquals(reply.toString(), 200, reply.status());
        return items(reply);
    }

    private static JsonNode awaitStatus(JsonNode order, String emailId, String status) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            for (JsonNode email : emailsOf(order)) {
                if (id(email).equals(emailId) && status.equals(email.get("status").asText())) {
                    return email;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("email " + emailId + " never " + status + ": " + emailsOf(order));
            }
            MailServer.sleep(100);
        }
    }

    private static String number(JsonNode order) {
        return order.get("number").asText();
    }

    // ================================================================ templates arrive rendered

    @Test
    public void aTemplateEmailArrivesRenderedWithTheOrderItsLinesAndTotals() {
        String to = uniqueEmail("zoe");
        JsonNode order = newOrder("Zoë", to);
        JsonNode request = queued(order, obj("template", "order-confirmation"));

        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Your order " + number(order) + " is confirmed", subject(mail));
        String html = body(mail);
        assertTrue(html, html.contains("Dear Zoë Tester"));
        assertTrue(html, html.contains("Product "));
        assertTrue(html, html.contains("25.00 EUR"));
        assertTrue(html, html.contains("Total: 28.00 EUR"));
        assertTrue(MailServer.header(mail, "Content-Type"), MailServer.header(mail, "Content-Type").startsWith("text/html"));
        assertEquals("shop@ordo.example", MailServer.header(mail, "From"));

        JsonNode sent = awaitStatus(order, request.get("id").asText(), "SENT");
        assertEquals(to, sent.get("to").asText());
        assertEquals(subject(mail), sent.get("subject").asText());
        assertEquals(1, sent.get("attempts").asInt());
        assertFalse(sent.toString(), sent.path("sentAt").asText().isEmpty());
        assertFalse(sent.toString(), sent.path("createdAt").asText().isEmpty());
        assertEquals(sent.get("messageId").asText(), MailServer.header(mail, "Message-ID"));
    }

    @Test
    public void theCheckoutLinkTemplateLinksToThePreFilledOrder() {
        String to = uniqueEmail("link");
        JsonNode order = newOrder("Lin", to);
        queued(order, obj("template", "order-checkout-link"));
        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Please complete your order " + number(order), subject(mail));
        String link = "http://localhost:8181/checkout/" + id(order);
        assertTrue(body(mail), body(mail).contains("<a href=\"" + link + "\">" + link + "</a>"));
    }

    @Test
    public void aFreeTextEmailGoesToTheAddressAnAdminGivesWithItsOwnSubjectAndBody() {
        String customerEmail = uniqueEmail("cust");
        String other = uniqueEmail("accounts");
        JsonNode order = newOrder("Ann", customerEmail);
        // Only an admin may send an order's email to another address than the customer's (HostileEmailIT)
        Reply reply = admin().post(emails(order), obj("subject", "About ${order.number}",
                "body", "Hello ${customer.firstName},\nyour total is ${order.totals.grandTotal}.", "to", other).toString());
        assertEquals(reply.toString(), 202, reply.status());
        MimeMessage mail = SMTP.awaitOne(other);
        assertEquals("About " + number(order), subject(mail));
        assertEquals("Hello Ann,\nyour total is 28.00.", body(mail).replace("\r\n", "\n").strip());
        assertTrue(MailServer.header(mail, "Content-Type").startsWith("text/plain"));
        assertEquals(List.of(), SMTP.receivedBy(customerEmail));
    }

    @Test
    public void valuesAreEscapedInHtmlBodies() {
        String to = uniqueEmail("xss");
        JsonNode order = newOrder("<script>alert(1)</script>", to);
        queued(order, obj("template", "order-shipped"));
        String html = body(SMTP.awaitOne(to));
        assertTrue(html, html.contains("Dear &lt;script&gt;alert(1)&lt;/script&gt; Tester"));
        assertFalse(html, html.contains("<script>"));
    }

    // ================================================================ templates: read, preview, edit

    @Test
    public void everyoneReadsTheFourBuiltInTemplates() {
        Reply list = viewer().get("/email-templates");
        assertEquals(list.toString(), 200, list.status());
        List<String> names = texts(items(list), "name");
        assertTrue(names.toString(), names.containsAll(List.of("order-confirmation", "order-shipped", "order-cancelled",
                "order-checkout-link")));
        Reply one = viewer().get("/email-templates/order-shipped");
        assertEquals(one.toString(), 200, one.status());
        assertEquals("Your order ${order.number} has shipped", one.text("/subject"));
        assertTrue(one.json().get("builtIn").asBoolean());
        assertFalse(one.json().get("customized").asBoolean());
        assertProblem(viewer().get("/email-templates/no-such-template"), 404);
    }

    @Test
    public void aPreviewRendersForTheOrderAndSendsNothing() {
        String to = uniqueEmail("preview");
        JsonNode order = newOrder("Pia", to);
        Reply preview = agent().post("/email-templates/order-cancelled/preview", obj("orderId", id(order)).toString());
        assertEquals(preview.toString(), 200, preview.status());
        assertEquals("Your order " + number(order) + " has been cancelled", preview.text("/subject"));
        assertTrue(preview.toString(), preview.text("/body").contains("Dear Pia Tester"));
        assertEquals(to, preview.text("/to"));
        assertEquals("HTML", preview.text("/format"));

        assertProblem(agent().post("/email-templates/order-cancelled/preview", obj("orderId", "987654321").toString()), 404);
        assertFieldError(agent().post("/email-templates/order-cancelled/preview", "{}"), "orderId");
        assertProblem(agent().post("/email-templates/nope/preview", obj("orderId", id(order)).toString()), 404);
        MailServer.sleep(500);
        assertEquals(List.of(), emailsOf(order));
        assertEquals(List.of(), SMTP.receivedBy(to));
    }

    @Test
    public void anAdminsEditWinsAndDeletingItRestoresTheBuiltInOne() {
        String to = uniqueEmail("edit");
        JsonNode order = newOrder("Eve", to);
        Reply put = admin().put("/email-templates/order-shipped",
                obj("subject", "Shipped: ${order.number}", "body", "<p>On its way, ${customer.firstName}!</p>").toString());
        assertEquals(put.toString(), 200, put.status());
        assertTrue(put.json().get("customized").asBoolean());
        assertEquals("HTML", put.text("/format"));
        assertEquals("Shipped: ${order.number}", viewer().get("/email-templates/order-shipped").text("/subject"));

        queued(order, obj("template", "order-shipped"));
        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Shipped: " + number(order), subject(mail));
        assertEquals("<p>On its way, Eve!</p>", body(mail).strip());

        Reply restored = admin().delete("/email-templates/order-shipped");
        assertEquals(restored.toString(), 200, restored.status());
        assertEquals("Your order ${order.number} has shipped", restored.text("/subject"));
        assertEquals("Your order ${order.number} has shipped", viewer().get("/email-templates/order-shipped").text("/subject"));
    }

    @Test
    public void anAdminAddsATemplateOfTheirOwnAndRemovesIt() {
        String name = "thanks-" + unique();
        Reply put = admin().put("/email-templates/" + name, obj("subject", "Thanks", "body", "Thanks ${customer.firstName}").toString());
        assertEquals(put.toString(), 200, put.status());
        assertEquals("TEXT", put.text("/format"));
        assertFalse(put.json().get("builtIn").asBoolean());
        assertTrue(texts(items(viewer().get("/email-templates")), "name").contains(name));
        assertEquals(204, admin().delete("/email-templates/" + name).status());
        assertProblem(viewer().get("/email-templates/" + name), 404);
        assertProblem(admin().delete("/email-templates/" + name), 404);
    }

    @Test
    public void onlyAnAdminEditsTemplates() {
        String body = obj("subject", "Hacked", "body", "x").toString();
        assertProblem(agent().put("/email-templates/order-shipped", body), 403);
        assertProblem(viewer().put("/email-templates/order-shipped", body), 403);
        assertProblem(agent().delete("/email-templates/order-shipped"), 403);
        assertEquals("Your order ${order.number} has shipped", viewer().get("/email-templates/order-shipped").text("/subject"));
    }

    @Test
    public void aTemplateThatDoesNotParseIsRefusedWithItsLineAndNothingChanges() {
        Reply refused = admin().put("/email-templates/order-shipped",
                obj("subject", "Fine", "body", "<p>Hello</p>\n<p>${order.number</p>").toString());
        String message = assertFieldError(refused, "body");
        assertTrue(message, message.startsWith("line 2, column "));

        String unknownName = assertFieldError(admin().put("/email-templates/order-shipped",
                obj("subject", "Fine", "body", "ok\n\n${order.numbr}").toString()), "body");
        assertTrue(unknownName, unknownName.startsWith("line 3, column 3") && unknownName.contains("order.numbr"));

        String unsafe = assertFieldError(admin().put("/email-templates/order-shipped",
                obj("subject", "Fine", "body", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}").toString()), "body");
        assertTrue(unsafe, unsafe.contains("not allowed"));

        assertFieldError(admin().put("/email-templates/order-shipped", obj("subject", "Two\r\nBcc: x@example.com", "body", "x")
                .toString()), "subject");
        assertFieldError(admin().put("/email-templates/Bad_Name", obj("subject", "s", "body", "b").toString()), "name");
        assertFalse(viewer().get("/email-templates/order-shipped").json().get("customized").asBoolean());
    }

    // ================================================================ bad input: 422 and nothing queued

    @Test
    public void badSendRequestsAreRefusedAndNothingIsQueued() {
        String to = uniqueEmail("bad");
        JsonNode order = newOrder("Bo", to);
        assertFieldError(agent().post(emails(order), obj("template", "no-such-template").toString()), "template");
        assertFieldError(agent().post(emails(order), obj("template", "order-shipped", "subject", "s", "body", "b").toString()),
                "template");
        assertFieldError(agent().post(emails(order), "{}"), "template");
        assertFieldError(agent().post(emails(order), obj("subject", "Only a subject").toString()), "body");
        assertFieldError(agent().post(emails(order), obj("template", "order-shipped", "to", "not-an-address").toString()), "to");
        assertFieldError(agent().post(emails(order), obj("template", "order-shipped", "to", "a@example.com, b@example.com")
                .toString()), "to");
        assertFieldError(agent().post(emails(order), obj("template", "order-shipped", "to", "a@example.com\r\nBcc: b@example.com")
                .toString()), "to");
        assertFieldError(agent().post(emails(order), obj("subject", "Hi\r\nBcc: eve@example.com", "body", "b").toString()),
                "subject");
        assertFieldError(agent().post(emails(order), obj("subject", "Hi", "body", "${order.number").toString()), "body");
        assertFieldError(agent().post(emails(order), obj("subject", "Hi", "body", "b", "format", "PDF").toString()), "format");
        assertProblem(viewer().post(emails(order), obj("template", "order-shipped").toString()), 403);
        assertProblem(agent().post("/orders/987654321/emails", obj("template", "order-shipped").toString()), 404);
        MailServer.sleep(500);
        assertEquals(List.of(), emailsOf(order));
        assertEquals(List.of(), SMTP.receivedBy(to));
    }

    @Test
    public void anOrderWhoseCustomerHasNoUsableAddressIsRefusedUnlessAnAdminGivesTo() {
        // The core accepts this address; it is no single mailbox to send to
        String unusable = "ann<" + unique() + ">@example.com";
        JsonNode order = newOrder("Ann", unusable);
        String message = assertFieldError(agent().post(emails(order), obj("template", "order-shipped").toString()), "to");
        assertNotNull(message);
        assertEquals(List.of(), emailsOf(order));

        String other = uniqueEmail("instead");
        assertProblem(agent().post(emails(order), obj("template", "order-shipped", "to", other).toString()), 403);
        assertEquals(List.of(), emailsOf(order));
        Reply byAnAdmin = admin().post(emails(order), obj("template", "order-shipped", "to", other).toString());
        assertEquals(byAnAdmin.toString(), 202, byAnAdmin.status());
        SMTP.awaitOne(other);
    }

    // ================================================================ notifications

    @Test
    public void theCustomerIsNotifiedWhenTheOrderShips() {
        String to = uniqueEmail("ship");
        JsonNode order = newOrder("Sam", to);
        Reply shipped = agent().post("/orders/" + id(order) + "/actions/mark-shipped", "{}");
        assertEquals(shipped.toString(), 200, shipped.status());
        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Your order " + number(order) + " has shipped", subject(mail));
        JsonNode email = emailsOf(order).get(0);
        assertEquals("order-shipped", email.get("template").asText());
        assertEquals("notification", email.get("createdBy").asText());
    }

    @Test
    public void theShippedNotificationLinksEachShipmentsTracking() {
        String to = uniqueEmail("tracked");
        JsonNode order = newOrder("Tia", to);
        assertEquals(200, agent().post("/orders/" + id(order) + "/items/events/pay", "{}").status());
        Reply shipment = agent().post("/orders/" + id(order) + "/shipments",
                obj("carrier", "UPS", "trackingNumber", "1Z999AA10123456784").toString());
        assertEquals(shipment.toString(), 201, shipment.status());
        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Your order " + number(order) + " has shipped", subject(mail));
        assertTrue(body(mail), body(mail).contains("UPS <a href=\"" + shipment.text("/trackingUrl").replace("&", "&amp;")
                + "\">1Z999AA10123456784</a>"));
    }

    @Test
    public void theCustomerIsNotifiedWhenTheOrderIsCancelled() {
        String to = uniqueEmail("cancel");
        JsonNode order = newOrder("Cat", to);
        Reply cancelled = agent().post("/orders/" + id(order) + "/actions/cancel", "{}");
        assertEquals(cancelled.toString(), 200, cancelled.status());
        MimeMessage mail = SMTP.awaitOne(to);
        assertEquals("Your order " + number(order) + " has been cancelled", subject(mail));
        assertTrue(body(mail), body(mail).contains("Dear Cat Tester"));
    }

    @Test
    public void noNotificationForANewOrderByDefault() {
        String to = uniqueEmail("new");
        JsonNode order = newOrder("Ned", to);
        MailServer.sleep(1000);
        assertEquals(List.of(), emailsOf(order));
        assertEquals(List.of(), SMTP.receivedBy(to));
    }

    // ================================================================ console, dashboard, deletion

    @Test
    public void theConsoleSendsATemplateAndListsTheOutbox() throws Exception {
        String to = uniqueEmail("console");
        JsonNode order = newOrder("Con", to);
        String output = console.execute("email:send " + id(order) + " order-checkout-link");
        assertTrue(output, output.contains("QUEUED"));
        SMTP.awaitOne(to);
        String sent = console.execute("email:outbox --status SENT --size 500");
        assertTrue(sent, sent.contains(to));
        AdminConsole.assertClearError(console.execute("email:send " + id(order) + " no-such-template"), "template");
        AdminConsole.assertClearError(console.execute("email:outbox --status LOST"), "status");
        AdminConsole.assertClearError(console.execute("email:retry 987654321"), "987654321");
    }

    @Test
    public void theDashboardCountsFailedEmails() {
        Reply dashboard = viewer().get("/dashboard");
        assertEquals(dashboard.toString(), 200, dashboard.status());
        assertTrue(dashboard.toString(), dashboard.json().path("failedEmails").isNumber());
    }

    @Test
    public void deletingTheOrderRemovesItsEmails() {
        String to = uniqueEmail("gone");
        JsonNode order = newOrder("Gus", to);
        queued(order, obj("template", "order-confirmation"));
        SMTP.awaitOne(to);
        assertEquals(204, admin().delete("/orders/" + id(order)).status());
        assertProblem(viewer().get(emails(order)), 404);
    }
}
