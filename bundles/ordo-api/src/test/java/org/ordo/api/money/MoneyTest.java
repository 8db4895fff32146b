package org.ordo.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreRoundedHalfUpToTheCurrencysMinorUnit() {
        assertEquals("0.13", Money.round(new BigDecimal("0.125"), "EUR").toPlainString());
        assertEquals("1501", Money.round(new BigDecimal("1500.5"), "JPY").toPlainString());
        assertEquals("19.90", Money.round(new BigDecimal("19.9"), "EUR").toPlainString());
    }

    @Test
    void aClientsAmountMustNotHaveMoreDigitsThanTheCurrency() {
        assertTrue(Money.fits(new BigDecimal("19.90"), "EUR"));
        assertTrue(Money.fits(new BigDecimal("19.900"), "EUR"));
        assertFalse(Money.fits(new BigDecimal("1.999"), "EUR"));
        assertFalse(Money.fits(new BigDecimal("10.5"), "JPY"));
        assertTrue(Money.fits(new BigDecimal("1500"), "JPY"));
    }

    @Test
    void onlyIso4217CurrenciesWithAMinorUnitRuleAreKnown() {
        assertTrue(Money.currency("EUR").isPresent());
        assertFalse(Money.currency("eur").isPresent());
        assertFalse(Money.currency("XXY").isPresent());
        assertFalse(Money.currency("XXX").isPresent());
        assertFalse(Money.currency(null).isPresent());
    }
}
