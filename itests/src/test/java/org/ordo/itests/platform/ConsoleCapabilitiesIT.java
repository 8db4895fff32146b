package org.ordo.itests.platform;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertDecimal;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.support.AdminConsole.assertClearError;
import static org.ordo.itests.support.AdminConsole.assertNoStackTrace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The capabilities' console commands for REST's write actions, run as the console's admin: each must
 * change what REST then answers, a bad input must print one {@code Error:} line and change nothing,
 * and a read-only console user must not even see the write commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleCapabilitiesIT {
    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void capabilitiesAndCommandsArePublished() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.PROMOTIONS, Capability.RECLAMATIONS, Capability.COMMENTS, Capability.ATTACHMENTS,
                Capability.SHIPPING, Capability.EMAIL);
        AdminConsole console = new AdminConsole(sessionFactory);
        for (String command : List.of("promotion:list --size 1", "reclamation:list --size 1", "order:comments 0",
                "attachment:check", "shipping:methods", "email:outbox")) {
            console.await(command);
        }
    }

    @Test
    public void promotionsCouponsAndDiscountsAreManagedFromTheConsole() throws Exception {
        String name = "Console " + unique();
        String created = execute("promotion:create --coupon --usage-limit 5 --ends 2099-12-31 '" + name + "' percent 10");
        String promotionId = firstGroup("Promotion (\\d+) '", created);
        JsonNode promotion = admin().get("/promotions/" + promotionId).json();
        assertEquals(name, promotion.get("name").asText());
        assertTrue(promotion.toString(), promotion.get("requiresCoupon").asBoolean());
        assertEquals(5, promotion.get("usageLimit").asInt());
        assertDecimal("10", promotion.at("/discount/value"));
        assertEquals("2099-12-31T00:00:00Z", promotion.get("endsAt").asText());

        String edited = execute("promotion:edit --value 20 --active no " + promotionId);
        assertTrue(edited, edited.contains("PERCENT 20") && edited.contains("inactive"));
        assertFalse(admin().get("/promotions/" + promotionId).json().get("active").asBoolean());
        execute("promotion:edit --active yes " + promotionId);

        String code = "CON-" + unique().toUpperCase(Locale.ROOT);
        String coupon = execute("coupon:create " + promotionId + " " + code);
        assertTrue(coupon, coupon.contains("Coupon " + code + " added to promotion " + promotionId));
        assertEquals(1, admin().get("/promotions/" + promotionId + "/coupons").json().get("total").asInt());

        String orderId = order(customer(), line(product("50.00", 10), 2)).get("id").asText();
        String applied = execute("coupon:apply " + orderId + " " + code);
        assertTrue(applied, applied.contains("discount 20.00 EUR"));
        assertEquals(code, orderOf(orderId).at("/couponCodes/0").asText());
        assertEquals("20.00", orderOf(orderId).at("/totals/discount").asText());
        execute("coupon:remove " + orderId + " " + code);
        assertEquals(0, orderOf(orderId).get("couponCodes").size());
        assertEquals("0.00", orderOf(orderId).at("/totals/discount").asText());

        String granted = execute("discount:grant " + orderId + " AMOUNT 5.00 'Late delivery'");
        String discountId = firstGroup("Discount (\\d+) ", granted);
        JsonNode discounts = agent().get("/orders/" + orderId + "/discounts").json();
        assertEquals("Late delivery", discounts.at("/0/reason").asText());
        assertEquals("5.00", orderOf(orderId).at("/totals/discount").asText());
        execute("discount:remove " + orderId + " " + discountId);
        assertEquals(0, agent().get("/orders/" + orderId + "/discounts").json().size());
    }

    @Test
    public void refusedPromotionInputIsOneErrorLineAndChangesNothing() throws Exception {
        long promotions = admin().get("/promotions?size=1").json().get("total").asLong();
        assertClearError(execute("promotion:create 'Too generous' PERCENT 150"), "discount.value");
        assertClearError(execute("promotion:create --ends someday 'Vague' PERCENT 5"), "endsAt");
        assertEquals(promotions, admin().get("/promotions?size=1").json().get("total").asLong());

        String orderId = order(customer(), line(product("20.00", 10), 1)).get("id").asText();
        String unknown = execute("coupon:apply " + orderId + " NO-SUCH-" + unique());
        assertClearError(unknown, "NO-SUCH-");
        assertClearError(execute("discount:grant " + orderId + " PERCENT lots 'why not'"), "value");
        assertClearError(execute("discount:grant " + orderId + " PERCENT 10 ' '"), "reason");
        JsonNode unchanged = orderOf(orderId);
        assertEquals(0, unchanged.get("couponCodes").size());
        assertEquals("0.00", unchanged.at("/totals/discount").asText());
        assertEquals(0, agent().get("/orders/" + orderId + "/discounts").json().size());
    }

    @Test
    public void reclamationCreateClaimsTheGivenItemsAndRefusesTooMany() throws Exception {
        JsonNode order = order(customer(), line(product("9.00", 10), 2));
        String orderId = order.get("id").asText();
        String itemId = order.at("/lines/0/id").asText();

        assertClearError(execute("reclamation:create --item " + itemId + ":5 " + orderId + " 'Too many'"), "quantity");
        assertClearError(execute("reclamation:create --item " + itemId + " " + orderId + " 'No quantity'"), "ITEM:QTY");
        assertEquals(0, agent().get("/reclamations?orderId=" + orderId).json().get("total").asInt());

        String opened = execute("reclamation:create --item " + itemId + ":1 " + orderId + " 'One arrived broken'");
        assertTrue(opened, opened.contains("for 1 unit(s) of 1 item(s)"));
        JsonNode claims = agent().get("/reclamations?orderId=" + orderId).json();
        assertEquals(1, claims.get("total").asInt());
        assertEquals("One arrived broken", claims.at("/items/0/reason").asText());
        assertEquals(1, claims.at("/items/0/items/0/quantity").asInt());
        assertTrue(orderOf(orderId).get("flags").toString().contains("RECLAMATION"));
    }

    @Test
    public void commentDeleteRemovesACommentAndRefusesAnUnknownOne() throws Exception {
        String orderId = order(customer(), line(product("4.00", 10), 1)).get("id").asText();
        String kept = agent().post("/orders/" + orderId + "/comments", obj("message", "Keep me").toString()).json().get("id").asText();
        String doomed = agent().post("/orders/" + orderId + "/comments", obj("message", "Delete me").toString()).json().get("id").asText();

        assertClearError(execute("comment:delete " + orderId + " 999999999"), "999999999");
        assertEquals(2, agent().get("/orders/" + orderId + "/comments").json().size());

        String deleted = execute("comment:delete " + orderId + " " + doomed);
        assertTrue(deleted, deleted.contains("Comment " + doomed + " deleted"));
        JsonNode comments = agent().get("/orders/" + orderId + "/comments").json();
        assertEquals(1, comments.size());
        assertEquals(kept, comments.at("/0/id").asText());
    }

    @Test
    public void attachmentAddStoresAServerFileAndDeleteRemovesIt() throws Exception {
        String orderId = order(customer(), line(product("4.00", 10), 1)).get("id").asText();
        Path dir = Files.createTempDirectory("console-attach");
        Path file = Files.writeString(dir.resolve("delivery-note.txt"), "Signed by the customer", StandardCharsets.UTF_8);

        assertClearError(execute("attachment:add " + orderId + " " + dir.resolve("missing.pdf")), "no readable file");
        assertEquals(0, agent().get("/orders/" + orderId + "/attachments").json().size());

        String added = execute("attachment:add --type text/plain " + orderId + " " + file);
        String attachmentId = firstGroup("Attachment (\\d+) ", added);
        JsonNode attachment = agent().get("/attachments/" + attachmentId).json();
        assertEquals("delivery-note.txt", attachment.get("filename").asText());
        assertEquals("text/plain", attachment.get("contentType").asText());
        assertEquals("admin", attachment.get("uploadedBy").asText());
        Reply content = agent().get("/attachments/" + attachmentId + "/content");
        assertArrayEquals(Files.readAllBytes(file), content.body().getBytes(StandardCharsets.UTF_8));

        String deleted = execute("attachment:delete " + attachmentId);
        assertTrue(deleted, deleted.contains("Attachment " + attachmentId + " deleted"));
        assertEquals(404, agent().get("/attachments/" + attachmentId).status());
    }

    @Test
    public void shippingMethodsAndShipmentsAreManagedFromTheConsole() throws Exception {
        String code = "CON-" + unique().toUpperCase(Locale.ROOT);
        assertNoStackTrace(execute("shipping:method-create --free-above 100 " + code + " 'Console express' 7.50 EUR"));
        JsonNode method = agent().get("/shipping-methods/" + code).json();
        assertEquals("Console express", method.get("name").asText());
        assertDecimal("7.50", method.get("price"));
        assertDecimal("100", method.get("freeAbove"));

        String edited = execute("shipping:method-edit --price 8.00 --no-free-above " + code);
        assertTrue(edited, edited.contains("8.00 EUR"));
        method = agent().get("/shipping-methods/" + code).json();
        assertDecimal("8.00", method.get("price"));
        assertTrue(method.toString(), method.path("freeAbove").isMissingNode() || method.get("freeAbove").isNull());

        assertClearError(execute("shipping:method-edit --price -1 " + code), "price");
        assertDecimal("8.00", agent().get("/shipping-methods/" + code).json().get("price"));
        String refused = "BAD-" + unique().toUpperCase(Locale.ROOT);
        assertClearError(execute("shipping:method-create " + refused + " 'Bad' 5.00 EURO"), "currency");
        assertEquals(404, agent().get("/shipping-methods/" + refused).status());

        assertTrue(execute("shipping:method-delete " + code).contains("deleted"));
        assertEquals(404, agent().get("/shipping-methods/" + code).status());

        JsonNode order = order(customer(), line(product("6.00", 10), 3));
        String orderId = order.get("id").asText();
        String itemId = order.at("/lines/0/id").asText();
        Reply paid = agent().post("/orders/" + orderId + "/items/events/pay", "{}");
        assertEquals(paid.toString(), 200, paid.status());
        assertClearError(execute("shipment:create " + orderId + " PIGEON 123"), "carrier");
        assertEquals(0, agent().get("/orders/" + orderId + "/shipments").json().size());

        String shipped = execute("shipment:create --item " + itemId + ":2 " + orderId + " UPS 1Z111");
        String shipmentId = firstGroup("Shipment (\\d+) of order", shipped);
        JsonNode shipments = agent().get("/orders/" + orderId + "/shipments").json();
        assertEquals(1, shipments.size());
        assertEquals(2, shipments.at("/0/items/0/quantity").asInt());

        execute("shipment:correct --tracking 1Z999 " + shipmentId);
        JsonNode corrected = agent().get("/shipments/" + shipmentId).json();
        assertEquals("1Z999", corrected.get("trackingNumber").asText());
        assertEquals("1Z111", corrected.at("/history/0/from").asText());
    }

    @Test
    public void emailTemplatesPreviewAndOwnTextFromTheConsole() throws Exception {
        String orderId = order(customer(), line(product("12.00", 10), 1)).get("id").asText();
        String name = "console-" + unique();

        String set = execute("email:template-set " + name + " 'A note from us' 'We have news about your order.'");
        assertTrue(set, set.contains("Template " + name + " saved"));
        assertEquals("A note from us", admin().get("/email-templates/" + name).json().get("subject").asText());

        Path body = Files.writeString(Files.createTempFile("template", ".html"), "<p>Line one</p>\n<p>Line two</p>");
        execute("email:template-set --file --format html " + name + " 'A note from us' " + body);
        JsonNode fromFile = admin().get("/email-templates/" + name).json();
        assertEquals("<p>Line one</p>\n<p>Line two</p>", fromFile.get("body").asText());
        assertEquals("HTML", fromFile.get("format").asText());

        assertClearError(execute("email:template-set Not_A_Name 'Subject' 'Body'"), "name");
        assertEquals(404, admin().get("/email-templates/Not_A_Name").status());

        String preview = execute("email:preview order-confirmation " + orderId);
        JsonNode overRest = agent().post("/email-templates/order-confirmation/preview", obj("orderId", orderId).toString()).json();
        assertTrue(preview, preview.contains("Subject: " + overRest.get("subject").asText()));
        assertTrue(preview, preview.contains("To:      " + overRest.get("to").asText()));

        assertTrue(execute("email:template-reset " + name).contains("Template " + name + " deleted"));
        assertEquals(404, admin().get("/email-templates/" + name).status());

        int emails = agent().get("/orders/" + orderId + "/emails").json().size();
        assertClearError(execute("email:send-text --to not-an-address " + orderId + " 'Hello' 'Text'"), "to");
        assertEquals(emails, agent().get("/orders/" + orderId + "/emails").json().size());
        String sent = execute("email:send-text " + orderId + " 'About your order' 'It ships tomorrow.'");
        assertTrue(sent, sent.contains("QUEUED"));
        JsonNode queued = agent().get("/orders/" + orderId + "/emails").json();
        assertEquals(emails + 1, queued.size());
        assertTrue(queued.toString(), queued.toString().contains("About your order"));
    }

    @Test
    public void aReadOnlyConsoleUserSeesNoWriteCommand() throws Exception {
        AdminConsole readOnly = AdminConsole.readOnly(sessionFactory);
        String orderId = order(customer(), line(product("4.00", 10), 1)).get("id").asText();
        for (String command : List.of("promotion:create 'Sneaky' PERCENT 50", "promotion:edit --active no 1",
                "coupon:create 1 SNEAKY-1", "coupon:apply " + orderId + " X", "coupon:remove " + orderId + " X",
                "discount:grant " + orderId + " PERCENT 50 'why not'", "discount:remove " + orderId + " 1",
                "reclamation:create " + orderId + " 'Sneaky'", "comment:delete " + orderId + " 1",
                "attachment:add " + orderId + " /etc/hostname", "attachment:delete 1",
                "shipping:method-create SNEAKY 'Sneaky' 1.00 EUR", "shipping:method-edit --price 0 SNEAKY",
                "shipping:method-delete SNEAKY", "shipment:create " + orderId + " UPS 1", "shipment:correct --tracking 2 1",
                "email:template-set sneaky 'S' 'B'", "email:template-reset order-shipped",
                "email:send-text " + orderId + " 'S' 'B'")) {
            String name = command.substring(0, command.indexOf(' '));
            try {
                readOnly.execute(command);
                fail("a viewer ran " + command);
            } catch (Exception refused) {
                assertEquals("Command not found: " + name, refused.getMessage());
            }
        }
        assertEquals(0, agent().get("/reclamations?orderId=" + orderId).json().get("total").asInt());
        assertEquals(0, agent().get("/orders/" + orderId + "/discounts").json().size());
        assertEquals(0, agent().get("/orders/" + orderId + "/emails").json().size());
    }

    private static String firstGroup(String pattern, String output) {
        assertNoStackTrace(output);
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        assertTrue(output, matcher.find());
        return matcher.group(1);
    }

    private String execute(String command) throws Exception {
        return new AdminConsole(sessionFactory).execute(command);
    }
}
