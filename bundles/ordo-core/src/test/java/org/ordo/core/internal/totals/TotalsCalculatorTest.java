package org.ordo.core.internal.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordo.api.order.AdjustmentDTO;
import org.ordo.core.internal.totals.TotalsCalculator.LineInput;
import org.ordo.core.internal.totals.TotalsCalculator.Result;

class TotalsCalculatorTest {

    private static LineInput line(int quantity, String unitPrice, String taxRate) {
        return new LineInput(quantity, new BigDecimal(unitPrice), new BigDecimal(taxRate));
    }

    private static AdjustmentDTO adjustment(String type, String amount) {
        return AdjustmentDTO.of(type, type, new BigDecimal(amount), "test");
    }

    @Test
    void taxIsRoundedHalfUpPerLine() {
        // 59.97 × 19 % = 11.3943 → 11.39; 0.05 × 10 % = 0.005 → 0.01 (half up)
        Result result = TotalsCalculator.compute(List.of(line(3, "19.99", "19"), line(1, "0.05", "10")), List.of(), "EUR");
        assertEquals("60.02", result.subtotal().toPlainString());
        assertEquals("11.39", result.lines().get(0).tax().toPlainString());
        assertEquals("0.01", result.lines().get(1).tax().toPlainString());
        assertEquals("11.40", result.tax().toPlainString());
        assertEquals("71.42", result.grandTotal().toPlainString());
        assertEquals("0.00", result.discount().toPlainString());
    }

    @Test
    void aCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
        // 3 × 1500 JPY at 10 % → 4500 + 450; 1 × 333 at 8 % = 26.64 → 27
        Result result = TotalsCalculator.compute(List.of(line(3, "1500", "10"), line(1, "333", "8")), List.of(), "JPY");
        assertEquals("4833", result.subtotal().toPlainString());
        assertEquals("477", result.tax().toPlainString());
        assertEquals("5310", result.grandTotal().toPlainString());
    }

    @Test
    void aCurrencyWithThreeMinorDigitsKeepsThem() {
        Result result = TotalsCalculator.compute(List.of(line(2, "1.2345", "0")), List.of(), "KWD");
        assertEquals("2.469", result.subtotal().toPlainString());
    }

    @Test
    void discountsAreSpreadOverLinesBeforeTax() {
        // 10 off 100.00 (19 %) + 100.00 (7 %): 5 off each, tax 18.05 + 6.65
        Result result = TotalsCalculator.compute(List.of(line(1, "100.00", "19"), line(1, "100.00", "7")),
                List.of(adjustment(AdjustmentDTO.DISCOUNT, "10.00")), "EUR");
        assertEquals("5.00", result.lines().get(0).discount().toPlainString());
        assertEquals("5.00", result.lines().get(1).discount().toPlainString());
        assertEquals("24.70", result.tax().toPlainString());
        assertEquals("214.70", result.grandTotal().toPlainString());
    }

    @Test
    void sharesOfADiscountAddUpToItExactly() {
        Result result = TotalsCalculator.compute(
                List.of(line(1, "10.00", "0"), line(1, "10.00", "0"), line(1, "10.00", "0")),
                List.of(adjustment(AdjustmentDTO.DISCOUNT, "10.00")), "EUR");
        BigDecimal shares = result.lines().stream().map(TotalsCalculator.LineResult::discount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("10.00", shares.toPlainString());
        assertEquals("20.00", result.grandTotal().toPlainString());
    }

    @Test
    void aDiscountNeverTakesTheTotalBelowZero() {
        Result result = TotalsCalculator.compute(List.of(line(1, "20.00", "19")),
                List.of(adjustment(AdjustmentDTO.DISCOUNT, "15.00"), adjustment(AdjustmentDTO.DISCOUNT, "15.00")), "EUR");
        assertEquals("20.00", result.discount().toPlainString());
        assertEquals("0.00", result.tax().toPlainString());
        assertEquals("0.00", result.grandTotal().toPlainString());
    }

    @Test
    void shippingIsAddedAfterDiscountsAndIsNotTaxed() {
        Result result = TotalsCalculator.compute(List.of(line(2, "10.00", "10")),
                List.of(adjustment(AdjustmentDTO.SHIPPING, "4.90"), adjustment(AdjustmentDTO.DISCOUNT, "2.00")), "EUR");
        assertEquals("4.90", result.shipping().toPlainString());
        assertEquals("1.80", result.tax().toPlainString());
        assertEquals("24.70", result.grandTotal().toPlainString());
    }

    @Test
    void negativeAdjustmentsAreIgnored() {
        Result result = TotalsCalculator.compute(List.of(line(1, "10.00", "0")),
                List.of(adjustment(AdjustmentDTO.DISCOUNT, "-5.00")), "EUR");
        assertEquals("10.00", result.grandTotal().toPlainString());
    }
}
