package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.FieldError;
import org.ordo.api.error.ValidationException;

class PlaceholdersTest {

    private static Map<String, Object> model(String firstName) {
        Map<String, Object> model = EmailModel.sample("https://shop.example.com/checkout");
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) model.get("customer");
        customer.put("firstName", firstName);
        return model;
    }

    private static String body(String text) {
        return Placeholders.render("Subject", text, Format.TEXT, model("Ann")).body();
    }

    private static List<FieldError> refused(String subject, String body) {
        return assertThrows(ValidationException.class, () -> Placeholders.render(subject, body, Format.TEXT, model("Ann")))
                .errors();
    }

    private static String refusedBody(String body) {
        List<FieldError> errors = refused("Subject", body);
        assertEquals("body", errors.get(0).field);
        return errors.get(0).message;
    }

    @Test
    void placeholdersAreFilledInFromTheOrderAndCustomer() {
        RenderedEmail email = Placeholders.render("About ${order.number}",
                "Hello ${customer.firstName},\nyour total is ${ order.totals.grandTotal } ${order.currency}: ${checkoutUrl}",
                Format.TEXT, model("Ann"));
        assertEquals("About SO-000001", email.subject());
        assertEquals("Hello Ann,\nyour total is 20.00 EUR: https://shop.example.com/checkout/1", email.body());
        assertEquals(Format.TEXT, email.format());
    }

    @Test
    void everythingElseIsSentAsWritten() {
        String text = "<#list 1..99999 as a><#list 1..99999 as b>${customer.firstName}</#list></#list> costs $5 {x} #{y} <@m/>"
                + " ?interpret ?left_pad(150000000)";
        assertEquals(text.replace("${customer.firstName}", "Ann"), body(text));
    }

    @Test
    void templateLanguageInsideAPlaceholderIsAnUnknownPlaceholder() {
        long start = System.nanoTime();
        String message = refusedBody("Hi\n${\"<#list 1..99999 as a><#list 1..99999 as b>x</#list></#list>\"?interpret}");
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        assertTrue(message.startsWith("line 2: unknown placeholder ${\"<#list 1..99999 as a>"), message);
        assertTrue(refusedBody("${\"x\"?left_pad(150000000)}").contains("unknown placeholder ${\"x\"?left_pad(150000000)}"));
        assertTrue(refusedBody("${\"1+1\"?eval}").contains("unknown placeholder"));
        assertTrue(refusedBody("${(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"?matches(\"(a+)+b\"))?c}").contains("unknown placeholder"));
        assertTrue(refusedBody("${(1..150000000)?join(\",\")}").contains("unknown placeholder"));
    }

    @Test
    void anUnknownPlaceholderIsNamedWithWhatIsThere() {
        String message = refusedBody("Dear ${customer.frstName}");
        assertTrue(message.startsWith("line 1: unknown placeholder ${customer.frstName}; known here: ${customer.id},"
                + " ${customer.firstName},"), message);
        assertTrue(refusedBody("${order.lines}").contains("${order.lines} is a list"));
        assertTrue(refusedBody("${order.totals}").contains("use one of ${order.totals.subtotal}"));
        assertTrue(refusedBody("${order..number}").contains("unknown placeholder ${order..number}"));
        assertTrue(refusedBody("${}").contains("unknown placeholder ${}"));
    }

    @Test
    void everyUnknownPlaceholderOfSubjectAndBodyIsListed() {
        List<FieldError> errors = refused("${order.numbr}", "${a}\n\n${b} ${order.number}");
        assertEquals(List.of("subject", "body", "body"), errors.stream().map(e -> e.field).toList());
        assertEquals("line 3: unknown placeholder ${b}; known here: ${order}, ${customer}, ${checkoutUrl}",
                errors.get(2).message);
    }

    @Test
    void anUnclosedPlaceholderIsRefused() {
        assertEquals("line 1: ${order.number is not closed; a placeholder is such as ${order.number}",
                refusedBody("${order.number"));
    }

    @Test
    void valuesAreEscapedInHtmlBodiesOnly() {
        Map<String, Object> model = model("<script>alert('x')</script> & \"Co\"");
        RenderedEmail html = Placeholders.render("Hi ${customer.firstName}", "<p>${customer.firstName}</p>", Format.HTML, model);
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</p>", html.body());
        assertEquals("Hi <script>alert('x')</script> & \"Co\"", html.subject(), "a subject is text, never HTML");
        assertEquals("<script>alert('x')</script> & \"Co\"",
                Placeholders.render("s", "${customer.firstName}", Format.TEXT, model).body());
    }

    @Test
    void lineBreaksFromTheDataDoNotReachTheSubjectHeader() {
        assertEquals("Hi Ann Bcc: eve@example.com!", Placeholders.render("Hi ${customer.firstName}!", "x", Format.TEXT,
                model("Ann\r\nBcc: eve@example.com")).subject());
    }

    @Test
    void aSubjectEmptyOnceFilledInIsRefused() {
        assertEquals("subject", refused("${order.note}", "x").get(0).field);
    }

    @Test
    void theFilledInTextIsBoundedInLength() {
        Map<String, Object> model = model("x".repeat(200));
        String body = "${customer.firstName}".repeat(Templates.MAX_BODY / 21);
        ValidationException e = assertThrows(ValidationException.class,
                () -> Placeholders.render("s", body, Format.TEXT, model));
        assertTrue(e.errors().get(0).message.contains("longer than " + TemplateRenderer.MAX_OUTPUT), e.getMessage());
    }
}
