package org.ordo.core.internal.pricing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.LimitExceededException;
import org.ordo.api.rest.Role;
import org.ordo.api.security.Actor;

class PriceOverridesTest {
    private static final Actor AGENT = new Actor("agent", Role.AGENT);
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);
    private final PriceOverrides twentyPercent = new PriceOverrides(20);

    @Test
    void anAgentMayGoDownToTheLimitButNotOneCentBelowIt() {
        assertDoesNotThrow(() -> twentyPercent.check(AGENT, "lines[0].unitPrice", new BigDecimal("8.00"), new BigDecimal("10.00"), "EUR"));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> twentyPercent.check(AGENT, "lines[0].unitPrice", new BigDecimal("7.99"), new BigDecimal("10.00"), "EUR"));
        assertEquals(403, refused.status());
        assertEquals("lines[0].unitPrice", refused.properties().get("field"));
        assertEquals("agentMaxPriceReductionPercent", refused.properties().get("limit"));
        assertEquals("20", refused.properties().get("limitValue"));
    }

    @Test
    void theLowestPriceIsRoundedUpSoRoundingNeverCrossesTheLimit() {
        // 80 % of 9.99 is 7.992: 7.99 would be more than 20 % off
        assertEquals(new BigDecimal("8.00"), twentyPercent.lowestFor(new BigDecimal("9.99"), "EUR"));
        assertEquals(new BigDecimal("800"), twentyPercent.lowestFor(new BigDecimal("999"), "JPY"));
        assertThrows(LimitExceededException.class,
                () -> twentyPercent.check(AGENT, "f", new BigDecimal("7.99"), new BigDecimal("9.99"), "EUR"));
    }

    @Test
    void adminsAndSurchargesAreNotLimited() {
        assertDoesNotThrow(() -> twentyPercent.check(ADMIN, "f", new BigDecimal("0.01"), new BigDecimal("10.00"), "EUR"));
        assertDoesNotThrow(() -> twentyPercent.check(AGENT, "f", new BigDecimal("25.00"), new BigDecimal("10.00"), "EUR"));
        assertDoesNotThrow(() -> twentyPercent.check(AGENT, "f", null, new BigDecimal("10.00"), "EUR"));
    }

    @Test
    void zeroAllowsNoLowerPriceAndAHundredAny() {
        assertThrows(LimitExceededException.class,
                () -> new PriceOverrides(0).check(AGENT, "f", new BigDecimal("9.99"), new BigDecimal("10.00"), "EUR"));
        assertDoesNotThrow(() -> new PriceOverrides(100).check(AGENT, "f", BigDecimal.ZERO, new BigDecimal("10.00"), "EUR"));
        assertDoesNotThrow(() -> new PriceOverrides(250).check(AGENT, "f", BigDecimal.ZERO, new BigDecimal("10.00"), "EUR"));
    }
}
