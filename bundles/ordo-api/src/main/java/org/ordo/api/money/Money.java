package org.ordo.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * Amounts are {@link BigDecimal}s in an ISO 4217 currency, held at exactly the currency's minor-unit
 * scale ({@code 19.90} for EUR, {@code 1500} for JPY) and rounded half up.
 */
public final class Money {
    private Money() {
    }

    /** The currency for a code such as {@code EUR}, if it is an ISO 4217 currency that has a minor unit rule. */
    public static Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static int minorDigits(String currencyCode) {
        return currency(currencyCode)
                .orElseThrow(() -> new IllegalArgumentException("Not an ISO 4217 currency: " + currencyCode))
                .getDefaultFractionDigits();
    }

    /** Rounds half up to the currency's minor unit. */
    public static BigDecimal round(BigDecimal amount, String currencyCode) {
        return amount.setScale(minorDigits(currencyCode), RoundingMode.HALF_UP);
    }

    public static BigDecimal zero(String currencyCode) {
        return BigDecimal.ZERO.setScale(minorDigits(currencyCode));
    }

    /** Whether an amount given by a client has no more digits than the currency's minor unit allows. */
    public static boolean fits(BigDecimal amount, String currencyCode) {
        return amount.stripTrailingZeros().scale() <= minorDigits(currencyCode);
    }
}
