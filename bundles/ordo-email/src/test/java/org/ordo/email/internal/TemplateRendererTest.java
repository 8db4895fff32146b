package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;

class TemplateRendererTest {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor();
    private static final TemplateRenderer RENDERER = new TemplateRenderer(Duration.ofMillis(500), WATCHDOG);

    @AfterAll
    static void stop() {
        WATCHDOG.shutdownNow();
    }

    private static Map<String, Object> model(String firstName) {
        Map<String, Object> model = EmailModel.sample("https://shop.example.com/checkout");
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) model.get("customer");
        customer.put("firstName", firstName);
        return model;
    }

    private static RenderedEmail html(String body) {
        return RENDERER.render("Order ${order.number}", body, Format.HTML, model("Ann"));
    }

    private static String failure(String field, Runnable work) {
        ValidationException e = assertThrows(ValidationException.class, work::run);
        assertEquals(field, e.errors().get(0).field);
        return e.errors().get(0).message;
    }

    @Test
    void rendersTheOrderItsLinesTotalsCustomerAndCheckoutLink() {
        RenderedEmail email = RENDERER.render("Order ${order.number} for ${customer.lastName}",
                "<#list order.lines as l>${l.quantity} x ${l.name} = ${l.total}</#list>; total ${order.totals.grandTotal}"
                        + " ${order.currency}; ${checkoutUrl}",
                Format.TEXT, model("Ann"));
        assertEquals("Order SO-000001 for Sample", email.subject());
        assertEquals("2 x Sample product = 20.00; total 20.00 EUR; https://shop.example.com/checkout/1", email.body());
        assertEquals(Format.TEXT, email.format());
    }

    @Test
    void htmlBodiesEscapeValuesButTextBodiesDoNot() {
        Map<String, Object> model = model("<script>alert('x')</script> & Co");
        RenderedEmail html = RENDERER.render("Hi ${customer.firstName}", "<p>${customer.firstName}</p>", Format.HTML, model);
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</p>", html.body());
        assertEquals("Hi <script>alert('x')</script> & Co", html.subject(), "a subject is text, never HTML");
        RenderedEmail text = RENDERER.render("Hi", "${customer.firstName}", Format.TEXT, model);
        assertEquals("<script>alert('x')</script> & Co", text.body());
    }

    @Test
    void lineBreaksFromTheDataDoNotReachTheSubjectHeader() {
        RenderedEmail email = RENDERER.render("Hi ${customer.firstName}!", "x", Format.TEXT,
                model("Ann\r\nBcc: victim@example.com"));
        assertEquals("Hi Ann Bcc: victim@example.com!", email.subject());
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedWithItsLine() {
        String message = failure("body", () -> html("<p>Hello</p>\n<p>${order.number</p>\n"));
        assertTrue(message.startsWith("line 2, column "), message);
        message = failure("body", () -> RENDERER.render("s", "ok\nok\n<#if>\n", Format.TEXT, model("Ann")));
        assertTrue(message.startsWith("line 3, "), message);
        message = failure("subject", () -> RENDERER.render("${", "fine", Format.TEXT, model("Ann")));
        assertTrue(message.startsWith("line 1, "), message);
    }

    @Test
    void aNameTheModelLacksIsRefusedWithItsLine() {
        String message = failure("body", () -> html("first\n${order.numbr}"));
        assertTrue(message.startsWith("line 2, column 3"), message);
        assertTrue(message.contains("order.numbr"), message);
    }

    @Test
    void aTemplateCannotInstantiateClasses() {
        String message = failure("body", () -> html("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
        assertTrue(message.contains("is not allowed"), message);
        failure("body", () -> html("<#assign ex = \"freemarker.template.utility.ObjectConstructor\"?new()>${ex(\"java.io.File\", \"/\")}"));
    }

    @Test
    void aTemplateCannotLoosenItsOwnSettings() {
        String message = failure("body", () -> html("<#setting new_builtin_class_resolver=\"unrestricted\">"
                + "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
        assertTrue(message.contains("isn't supported"), message);
        failure("body", () -> html("<#setting api_builtin_enabled=true>${order?api.getClass()}"));
        failure("body", () -> html("<#setting object_wrapper=\"DefaultObjectWrapper\">x"));
    }

    @Test
    void aTemplateCannotCallMethodsOfItsData() {
        failure("body", () -> html("${order?api.getClass().getClassLoader()}"));
        failure("body", () -> html("${order.getClass()}"));
        failure("body", () -> html("${order.number.getClass()}"));
    }

    @Test
    void aTemplateCannotReadFiles() {
        String message = failure("body", () -> html("<#include \"/etc/passwd\">"));
        assertTrue(message.contains("cannot load other templates"), message);
        failure("body", () -> html("<#import \"/etc/passwd\" as p>"));
    }

    @Test
    void objectsOtherThanPlainDataAreRefusedByTheWrapper() {
        Map<String, Object> model = Map.of("order", new OrderDTO());
        assertThrows(ValidationException.class, () -> RENDERER.render("x", "${order.number}", Format.TEXT, model));
        Map<String, Object> listed = Map.of("things", List.of(new CustomerDTO()));
        assertThrows(ValidationException.class,
                () -> RENDERER.render("x", "<#list things as t>${t}</#list>", Format.TEXT, listed));
    }

    @Test
    void aTemplateThatRunsTooLongIsStopped() {
        long start = System.nanoTime();
        String message = failure("body", () -> html("<#list 1..1000 as a><#list 1..1000 as b><#list 1..1000 as c>"
                + "<#if c == -1>x</#if></#list></#list></#list>"));
        assertTrue(message.contains("takes longer than"), message);
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is not left behind");
        assertEquals("Order SO-000001", html("ok").subject());
    }

    @Test
    void aTemplateThatWritesTooMuchIsStopped() {
        String message = failure("body", () -> html("<#list 1..1000 as a><#list 1..1000 as b>xxxxxxxxxx</#list></#list>"));
        assertTrue(message.contains("longer than"), message);
    }

    @Test
    void theBuiltInTemplatesPassTheChecks() {
        BuiltInTemplates.load().values().forEach(t -> {
            RenderedEmail email = RENDERER.render(t.subject, t.body, Format.HTML, model("Ann"));
            assertTrue(email.body().contains("Dear Ann Sample"), t.name + ": " + email.body());
        });
    }

    @Test
    void whatEmailTemplatesUseIsAllowed() {
        String body = String.join("\n",
                "${customer.firstName?upper_case} ${customer.lastName?cap_first} ${order.note?has_content?then(order.note, \"-\")}",
                "<#list order.lines?sort_by(\"name\") as l>${l?counter}. ${l.name?right_pad(20)}|${l.quantity?string(\"0\")?left_pad(4)}"
                        + "<#sep>, </#sep></#list>",
                "<#list 1..3 as star>*</#list> ${order.number[0..1]} ${order.couponCodes?join(\", \", \"no codes\")}",
                "<#switch order.status><#case \"OPEN\">open<#break><#default>other</#switch>",
                "<#list shipments as s><a href=\"https://track.example.com/?n=${s.trackingNumber?url}\">${s.carrier}</a></#list>",
                "${order.createdAt?datetime.iso?string(\"dd.MM.yyyy\")} ${(order.lines?size > 0)?string(\"yes\", \"no\")}",
                "<#compress>  ${order.totals.grandTotal} ${order.currency}  </#compress>${order.number?truncate(4, \"...\")}");
        RenderedEmail email = RENDERER.render("Order ${order.number}", body, Format.HTML, model("Ann"));
        assertEquals(String.join("\n",
                "ANN Sample -",
                "1. Sample product      |   2",
                "*** SO no codes",
                "open",
                "<a href=\"https://track.example.com/?n=1Z999AA10123456784\">UPS</a>",
                "01.01.1970 yes",
                "20.00 EURS..."), email.body());
    }

    @Test
    void aTemplateIsParsedOnceAndTheParsedOnesKeptAreBoundedByTheirLength() {
        ParsedTemplates parsed = new ParsedTemplates(1000);
        ParsedTemplates.Key small = new ParsedTemplates.Key("body", Format.TEXT, "x".repeat(400));
        parsed.put(small, null);
        parsed.put(new ParsedTemplates.Key("body", Format.TEXT, "y".repeat(400)), null);
        parsed.put(new ParsedTemplates.Key("body", Format.TEXT, "z".repeat(400)), null);
        assertEquals(2, parsed.size());
        assertEquals(800, parsed.characters());
        parsed.put(new ParsedTemplates.Key("body", Format.TEXT, "w".repeat(1001)), null);
        assertEquals(800, parsed.characters(), "one longer than the whole limit is not kept");
    }

    @Test
    void anEmptySubjectIsRefused() {
        failure("subject", () -> RENDERER.render("${order.note}", "x", Format.TEXT, model("Ann")));
    }
}
