package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordo.api.error.ValidationException;

/**
 * What an admin could save as a template to take a core or the heap: each is refused before it runs,
 * with the line, well within the time limit. Without {@link TemplateCheck} each of these runs for
 * minutes or fills the heap (the time limit alone stops only the outer template, between instructions).
 */
class TemplateAttacksTest {
    private static final Duration TIME_LIMIT = Duration.ofMillis(2000);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor();
    private static final TemplateRenderer RENDERER = new TemplateRenderer(TIME_LIMIT, WATCHDOG);
    private static final Map<String, Object> MODEL = EmailModel.sample("https://shop.example.com/checkout");

    @AfterAll
    static void stop() {
        WATCHDOG.shutdownNow();
    }

    /** Asserts a refusal of the body, quick and naming where; answers its message. */
    private static String refused(String body) {
        long start = System.nanoTime();
        ValidationException e = assertThrows(ValidationException.class,
                () -> RENDERER.render("Order ${order.number}", body, Format.HTML, MODEL));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < TIME_LIMIT.toMillis(), "refused after " + millis + " ms");
        assertEquals("body", e.errors().get(0).field);
        String message = e.errors().get(0).message;
        assertTrue(message.startsWith("line "), message);
        return message;
    }

    private static void assertMentions(String message, String... words) {
        for (String word : words) {
            assertTrue(message.contains(word), "'" + word + "' not in: " + message);
        }
    }

    @Test
    void interpretThatBuildsNestedLoopsIsRefused() {
        // Writes nothing, so only the time limit could stop it, and its interrupt checks are not in the interpreted template
        String message = refused("Hello\n<@r\"<#list 1..100000 as a><#list 1..100000 as b><#if a == 0>x</#if></#list></#list>\""
                + "?interpret/>");
        assertMentions(message, "line 2, column 3", "?interpret is not allowed", "runs text as a template");
        assertMentions(refused("${\"<#list 1..9 as a>x</#list>\"?interpret}"), "?interpret");
        assertMentions(refused("<#assign t = r\"<#list 1..99999 as a>x</#list>\"?interpret><@t/>"), "?interpret");
        assertMentions(refused("${\"a${'<#list 1..9 as a>x</#list>'?interpret}\"}"), "?interpret");
    }

    @Test
    void evalAndEvalJsonAreRefused() {
        assertMentions(refused("${\"1 + 1\"?eval}"), "line 1", "?eval is not allowed");
        assertMentions(refused("${\"[1, 2]\"?eval_json?size}"), "?eval_json is not allowed");
        assertMentions(refused("${\"1\"?evalJson}"), "?evalJson is not allowed");
    }

    @Test
    void hugePaddingIsRefused() {
        assertMentions(refused("${\"x\"?left_pad(150000000)}"), "?left_pad pads to at most 200");
        assertMentions(refused("${\"x\"?right_pad(150000000, \"-\")}"), "?right_pad pads to at most 200");
        assertMentions(refused("${\"x\"?leftPad(201)}"), "pads to at most 200");
        assertMentions(refused("${\"x\"?left_pad(order.lines?size * 99999999)}"), "literal arguments only");
        assertMentions(refused("${\"x\"?left_pad(200)?left_pad(200)}"), "already lengthened");
        assertMentions(refused("${true?then(\"x\"?left_pad, \"y\"?left_pad)(150000000)}"), "can be called");
    }

    @Test
    void regularExpressionsAreRefused() {
        assertMentions(refused("${\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"?matches(\"(a+)+b\")?string(\"y\", \"n\")}"),
                "?matches is not allowed", "regular expressions");
        assertMentions(refused("${order.note?replace(\"(a+)+b\", \"x\", \"r\")}"), "?replace is not allowed");
        assertMentions(refused("<#list order.note?split(\"(a+)+b\", \"r\") as part>${part}</#list>"), "?split is not allowed");
        assertMentions(refused("${order.note?keep_after(\"(a+)+b\", \"r\")}"), "?keep_after is not allowed");
        assertMentions(refused("${\"ab\"?matches(\"a.\")?size}"), "?matches is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "${(1..150000000)?join(\",\")}", "<#list 1..150000000 as i>x</#list>", "<#list 1.. as i>x</#list>",
            "<#list 1..*150000000 as i>x</#list>", "${[1..150000000]?size}", "<#list 1..order.lines?size * 1000000 as i>x</#list>",
            "${(2147483647..2147483648)?join(\",\")}", "<#list 0..<1001 as i>x</#list>", "${(1..*-999999)?join(\",\")}" })
    void hugeRangesAreRefused(String body) {
        assertMentions(refused(body), "a range outside [...] must have whole numbers up to a million as both ends and at most 1000");
    }

    @Test
    void recursionThroughMacrosAndFunctionsIsRefused() {
        assertMentions(refused("<#macro m n><@m n + 1/></#macro><@m 0/>"), "line 1, column 1", "#macro is not allowed",
                "call themselves");
        assertMentions(refused("<#function f n><#return f(n) + f(n)></#function>${f(1)}"), "#function is not allowed");
        assertMentions(refused("<@compress>x</@compress>"), "@ is not allowed");
    }

    @Test
    void valuesCannotBeDoubledStepByStep() {
        assertMentions(refused("<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}"),
                "#assign is not allowed", "grow without bound");
        assertMentions(refused("<#list [order.number + order.number] as a><#list [a + a] as b>${b}</#list></#list>"),
                "#list may only go through");
        assertMentions(refused("${(order.couponCodes + order.couponCodes)?join(\"-\")}"), "?join may only join");
        assertMentions(refused("${order.number?url?url}"), "?url may not be applied");
        assertMentions(refused("<#list [order.number?url] as a>${a?url}</#list>"), "#list may only go through");
        StringBuilder long_ = new StringBuilder("${order.note");
        for (int i = 0; i < 200; i++) {
            long_.append(" + order.note");
        }
        assertMentions(refused(long_.append("}").toString()), "more than 128 parts");
    }

    @Test
    void numbersOfUnboundedLengthAreRefused() {
        assertMentions(refused("${(\"1E999999999\"?number + 1)?string}"), "?number is not allowed");
    }

    @Test
    void escapingCannotBeSwitchedOff() {
        assertMentions(refused("<#ftl output_format=\"plainText\">${customer.firstName}"), "#ftl may not change");
        assertMentions(refused("<#ftl auto_esc=false>${customer.firstName}"), "#ftl may not change");
        assertMentions(refused("<#noautoesc>${customer.firstName}</#noautoesc>"), "#noautoesc is not allowed");
        assertMentions(refused("${customer.firstName?no_esc}"), "?no_esc is not allowed");
        assertMentions(refused("<#outputformat \"plainText\">${customer.firstName}</#outputformat>"), "#outputformat");
    }

    @Test
    void onlyBuiltInsCanBeCalledAndOnlySomeSpecialVariablesRead() {
        assertMentions(refused("${order.number.getClass()}"), "order.number.getClass is not allowed");
        assertMentions(refused("${true?then(\"x\"?upper_case, \"y\")()}"), "can be called");
        assertMentions(refused("#{order.lines?size; m2}"), "#{...} is not allowed");
        assertMentions(refused("${.data_model?size}"), ".data_model is not allowed");
        assertMentions(refused("${.get_optional_template(\"x\").exists?c}"), "is not allowed");
        assertMentions(refused("${order.lines?filter(l -> l.quantity > 1)?size}"), "?filter is not allowed");
    }

    @Test
    void nestingTooDeepIsRefused() {
        assertMentions(refused("<#if true>".repeat(41) + "x" + "</#if>".repeat(41)), "nest more than 40 deep");
        String deep = "${" + "(".repeat(30_000) + "1" + ")".repeat(30_000) + "}";
        ValidationException e = assertThrows(ValidationException.class,
                () -> RENDERER.render("s", deep, Format.TEXT, MODEL));
        assertEquals("body", e.errors().get(0).field);
    }

    @Test
    void aRefusedTemplateIsAlsoRefusedWhenItIsRenderedAgain() {
        refused("${\"1\"?eval}");
        refused("${\"1\"?eval}");
    }
}
