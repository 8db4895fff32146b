package org.ordo.core.internal.totals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ordo.api.money.Money;
import org.ordo.api.order.AdjustmentDTO;

/**
 * The arithmetic of an order's totals, kept apart from where the numbers come from. Each line's
 * total is rounded to the currency; discounts never exceed the subtotal and are spread over the lines
 * in proportion to their totals (largest remainder, so the shares add up exactly); each line's tax is
 * computed on what is left of it after its share and rounded half up.
 */
public final class TotalsCalculator {

    /** What a line contributes: how many, at which net unit price and tax rate (percent). */
    public record LineInput(int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    public record LineResult(BigDecimal total, BigDecimal discount, BigDecimal tax) {
    }

    public record Result(List<LineResult> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal shipping,
            BigDecimal tax, BigDecimal grandTotal) {
    }

    private TotalsCalculator() {
    }

    public static BigDecimal lineTotal(LineInput line, String currency) {
        return Money.round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), currency);
    }

    public static Result compute(List<LineInput> lines, List<AdjustmentDTO> adjustments, String currency) {
        List<BigDecimal> totals = lines.stream().map(line -> lineTotal(line, currency)).toList();
        BigDecimal subtotal = totals.stream().reduce(Money.zero(currency), BigDecimal::add);
        BigDecimal discount = Money.round(sum(adjustments, AdjustmentDTO.DISCOUNT).min(subtotal), currency);
        boolean shippingWaived = adjustments.stream().anyMatch(a -> AdjustmentDTO.FREE_SHIPPING.equals(a.type));
        BigDecimal shipping = shippingWaived ? Money.zero(currency)
                : Money.round(sum(adjustments, AdjustmentDTO.SHIPPING), currency);
        List<BigDecimal> shares = spread(discount, totals, subtotal, currency);
        List<LineResult> results = new ArrayList<>();
        BigDecimal tax = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal taxable = totals.get(i).subtract(shares.get(i));
            BigDecimal lineTax = Money.round(taxable.multiply(lines.get(i).taxRate()).movePointLeft(2), currency);
            tax = tax.add(lineTax);
            results.add(new LineResult(totals.get(i), shares.get(i), lineTax));
        }
        BigDecimal grandTotal = subtotal.subtract(discount).add(shipping).add(tax);
        return new Result(results, subtotal, discount, shipping, tax, grandTotal);
    }

    private static BigDecimal sum(List<AdjustmentDTO> adjustments, String type) {
        return adjustments.stream().filter(a -> type.equals(a.type) && a.amount != null && a.amount.signum() > 0)
                .map(a -> a.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Splits {@code amount} over the lines in proportion to their totals, to the minor unit. */
    static List<BigDecimal> spread(BigDecimal amount, List<BigDecimal> totals, BigDecimal subtotal, String currency) {
        int digits = Money.minorDigits(currency);
        List<BigDecimal> shares = new ArrayList<>();
        if (amount.signum() == 0 || subtotal.signum() == 0) {
            totals.forEach(t -> shares.add(Money.zero(currency)));
            return shares;
        }
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (BigDecimal total : totals) {
            BigDecimal exact = amount.multiply(total).divide(subtotal, digits + 10, RoundingMode.HALF_UP);
            BigDecimal share = exact.setScale(digits, RoundingMode.DOWN);
            shares.add(share);
            remainders.add(exact.subtract(share));
            assigned = assigned.add(share);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        int left = amount.subtract(assigned).divide(unit, 0, RoundingMode.HALF_UP).intValue();
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            shares.set(i, shares.get(i).add(unit));
        }
        return shares;
    }
}
