package org.ordo.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonDialectTest {
    private final ObjectMapper mapper = ObjectMappers.create();

    public static class Order {
        public BigDecimal total;
        public Instant createdAt;
        public Integer quantity;
        public String note;
        public List<Line> lines;
    }

    public static class Line {
        public String sku;
    }

    @Test
    void moneyIsAStringThatKeepsItsScaleAndTimeIsIso8601() throws Exception {
        Order order = new Order();
        order.total = new BigDecimal("19.90");
        order.createdAt = Instant.parse("2026-11-22T10:15:30Z");
        assertEquals("{\"total\":\"19.90\",\"createdAt\":\"2026-11-22T10:15:30Z\"}", mapper.writeValueAsString(order));
        assertEquals("\"1500\"", mapper.writeValueAsString(new BigDecimal("1.5E+3")));
    }

    @Test
    void timeIsWrittenToTheMicrosecondThatTheDatabaseKeeps() throws Exception {
        Order order = new Order();
        order.createdAt = Instant.parse("2026-11-22T10:15:30.123456789Z");
        assertEquals("{\"createdAt\":\"2026-11-22T10:15:30.123456Z\"}", mapper.writeValueAsString(order));
    }

    @Test
    void moneyIsReadFromStringsAndNumbersWithoutLosingDigits() throws Exception {
        assertEquals(new BigDecimal("0.10"), mapper.readValue("{\"total\":\"0.10\"}", Order.class).total);
        assertEquals(new BigDecimal("0.1"), mapper.readValue("{\"total\":0.1}", Order.class).total);
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        ProblemException problem = problemOf("{\"note\": ", Order.class);
        assertEquals(400, problem.status());
        assertEquals("malformed-json", problem.type());
        assertEquals(400, problemOf("{\"note\": \"a\"} trailing", Order.class).status());
    }

    @Test
    void anUnknownPropertyIsNamedByItsPath() {
        ValidationException problem = (ValidationException) problemOf("{\"lines\":[{\"sku\":\"A\"},{\"colour\":1}]}", Order.class);
        assertEquals("lines[1].colour", problem.errors().get(0).field);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithWhatWasExpected() {
        ValidationException fraction = (ValidationException) problemOf("{\"quantity\":1.5}", Order.class);
        assertEquals("quantity", fraction.errors().get(0).field);
        assertEquals("must be a whole number", fraction.errors().get(0).message);
        ValidationException time = (ValidationException) problemOf("{\"createdAt\":\"yesterday\"}", Order.class);
        assertTrue(time.errors().get(0).message.contains("ISO-8601"));
        ValidationException list = (ValidationException) problemOf("{\"lines\":{}}", Order.class);
        assertEquals("must be an array", list.errors().get(0).message);
    }

    @Test
    void aTimestampIsAnIso8601StringAndNothingElse() throws Exception {
        assertEquals(Instant.parse("2026-11-22T10:15:30Z"),
                mapper.readValue("{\"createdAt\":\"2026-11-22T10:15:30Z\"}", Order.class).createdAt);
        assertEquals(null, mapper.readValue("{\"createdAt\":null}", Order.class).createdAt);
        // Numbers would be seconds since 1970 (1e400 even 1970 itself), blanks and NUL would be no time at all
        for (String value : List.of("0", "42", "1e400", "-1.5", "true", "\"\"", "\"  \"", "\"\\u0000\"")) {
            ValidationException problem = (ValidationException) problemOf("{\"createdAt\":" + value + "}", Order.class);
            assertEquals("createdAt", problem.errors().get(0).field, value);
            assertTrue(problem.errors().get(0).message.contains("ISO-8601"), value + ": " + problem.errors().get(0).message);
        }
    }

    @Test
    void aNumberOrAmountIsNeverReadFromTextThatTrimsToNothing() throws Exception {
        assertEquals(Integer.valueOf(2), mapper.readValue("{\"quantity\":\" 2 \"}", Order.class).quantity);
        // Each of these would be no value at all: an optional amount silently dropped, a default taken instead
        for (String blank : List.of("\"\"", "\"   \"", "\"\\u0000\"", "\"\\t\\n\"")) {
            for (String field : List.of("quantity", "total")) {
                ValidationException problem = (ValidationException) problemOf("{\"" + field + "\":" + blank + "}", Order.class);
                assertEquals(field, problem.errors().get(0).field, blank);
            }
        }
    }

    @Test
    void textWithTheNulCharacterIsRefusedNamingTheField() {
        ValidationException problem = (ValidationException) problemOf("{\"note\":\"a\\u0000b\"}", Order.class);
        assertEquals(422, problem.status());
        assertEquals("note", problem.errors().get(0).field);
    }

    @Test
    void jsonBeyondTheReadersLimitsIsRefusedBeforeItIsBuilt() {
        ProblemException deep = problemOf("[".repeat(200) + "]".repeat(200), List.class);
        assertEquals(400, deep.status());
        assertEquals("json-limit", deep.type());
        assertTrue(deep.detail().contains("nesting depth"), deep.detail());
        assertFalse(deep.detail().contains("StreamReadConstraints"), deep.detail());
        assertEquals("json-limit", problemOf("{\"quantity\":" + "9".repeat(101) + "}", Order.class).type());
        assertEquals("json-limit", problemOf("{\"" + "k".repeat(300) + "\":1}", Order.class).type());
        assertEquals("json-limit", problemOf("[" + "1,".repeat(100_000) + "1]", List.class).type());
    }

    @Test
    void aDecimalIsOfASizeMoneyCanHave() throws Exception {
        assertEquals(new BigDecimal("123456789012345678901234567890.50"),
                mapper.readValue("{\"total\":\"123456789012345678901234567890.50\"}", Order.class).total);
        // Rounding 1e999999999 to cents would build a number of a billion digits
        for (String value : List.of("\"1e999999999\"", "1e999999999", "\"1E+31\"", "\"1e-31\"",
                "\"1234567890123456789012345678901\"")) {
            ValidationException problem = (ValidationException) problemOf("{\"total\":" + value + "}", Order.class);
            assertEquals("total", problem.errors().get(0).field, value);
            assertTrue(problem.errors().get(0).message.contains("digits"), value);
        }
    }

    private ProblemException problemOf(String json, Class<?> type) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        return JsonProvider.toProblem(failure);
    }
}
