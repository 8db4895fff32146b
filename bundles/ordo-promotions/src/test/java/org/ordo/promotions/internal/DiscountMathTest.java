package org.ordo.promotions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DiscountMathTest {

    private static String off(String type, String value, String subtotal, String currency) {
        return DiscountMath.amountOff(type, value == null ? null : new BigDecimal(value), new BigDecimal(subtotal), currency)
                .toPlainString();
    }

    @Test
    void aPercentageIsRoundedHalfUpToTheCurrency() {
        assertEquals("10.00", off("PERCENT", "10", "100.00", "EUR"));
        assertEquals("1.00", off("PERCENT", "10", "9.95", "EUR"));
        assertEquals("0.33", off("PERCENT", "33.333", "1.00", "EUR"));
        assertEquals("150", off("PERCENT", "10", "1499", "JPY"));
    }

    @Test
    void anAmountIsTakenAsItIsButNeverBeyondTheSubtotal() {
        assertEquals("15.00", off("AMOUNT", "15", "100.00", "EUR"));
        assertEquals("100.00", off("AMOUNT", "500.00", "100.00", "EUR"));
        assertEquals("0.00", off("AMOUNT", "5.00", "0.00", "EUR"));
    }

    @Test
    void anAmountWithMoreDigitsThanTheCurrencyIsRounded() {
        assertEquals("3", off("AMOUNT", "2.5", "1000", "JPY"));
        assertEquals("1.24", off("AMOUNT", "1.235", "10.00", "EUR"));
    }

    @Test
    void freeShippingTakesNothingOffTheGoods() {
        assertEquals("0.00", off("FREE_SHIPPING", null, "100.00", "EUR"));
    }

    @Test
    void aHundredPercentTakesEverything() {
        assertEquals("59.97", off("PERCENT", "100", "59.97", "EUR"));
    }

    @Test
    void onlyAmountsTheTablesHoldExactlyAreAccepted() {
        org.junit.jupiter.api.Assertions.assertTrue(DiscountMath.isAmount(new BigDecimal("999999999999.9999")));
        org.junit.jupiter.api.Assertions.assertFalse(DiscountMath.isAmount(new BigDecimal("1E+12")));
        org.junit.jupiter.api.Assertions.assertFalse(DiscountMath.isAmount(new BigDecimal("0.00001")));
        org.junit.jupiter.api.Assertions.assertFalse(DiscountMath.isAmount(new BigDecimal("-1")));
        org.junit.jupiter.api.Assertions.assertFalse(DiscountMath.isAmount(null));
    }
}
