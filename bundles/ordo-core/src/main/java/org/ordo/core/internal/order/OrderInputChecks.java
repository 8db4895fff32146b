package org.ordo.core.internal.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.promotion.CouponRedemptions;
import org.ordo.core.internal.Checks;

/** The checks of a create or edit request that need no database, made before a transaction starts. */
final class OrderInputChecks {
    private static final List<String> SOURCE_TYPES = List.of(OrderSourceDTO.SHOPPING_LIST, OrderSourceDTO.QUOTE,
            OrderSourceDTO.CART, OrderSourceDTO.ORDER);

    private OrderInputChecks() {
    }

    static void checkCreate(OrderInput input) {
        Violations v = new Violations();
        v.check(input.customerId == null || input.customerId.isBlank(), "customerId", "is required");
        boolean hasLines = input.lines != null && !input.lines.isEmpty();
        if (hasLines && input.source != null) {
            v.add("source", "give either lines or a source, not both");
        } else if (!hasLines && input.source == null) {
            v.add("lines", "an order needs lines, or a source to copy them from");
        }
        if (input.source != null) {
            v.check(input.source.type == null || !SOURCE_TYPES.contains(input.source.type),
                    "source.type", "must be SHOPPING_LIST, QUOTE, CART or ORDER");
            v.check(input.source.id == null || input.source.id.isBlank(), "source.id", "is required");
        }
        if (input.lines != null) {
            lines(v, input.lines, false);
        }
        if (input.currency != null) {
            Checks.currency(v, "currency", input.currency);
        }
        if (input.channel != null && !input.channel.matches("[A-Z][A-Z0-9_]{0,31}")) {
            v.add("channel", "must be an upper-case name such as BACK_OFFICE, WEB, PHONE or STORE");
        }
        address(v, "billingAddress", input.billingAddress);
        address(v, "shippingAddress", input.shippingAddress);
        Checks.optionalText(v, "shippingMethod", input.shippingMethod, 64);
        Checks.optionalText(v, "note", input.note, 4000);
        v.check(input.expiresAt != null && !input.expiresAt.isAfter(Instant.now()), "expiresAt", "must be in the future");
        couponCodes(v, input.couponCodes);
        v.throwIfAny();
    }

    static void checkPatch(OrderPatch patch) {
        Violations v = new Violations();
        address(v, "billingAddress", patch.billingAddress);
        address(v, "shippingAddress", patch.shippingAddress);
        Checks.optionalText(v, "shippingMethod", patch.shippingMethod, 64);
        Checks.optionalText(v, "note", patch.note, 4000);
        if (patch.lines != null) {
            v.check(patch.lines.isEmpty(), "lines", "an order keeps at least one line");
            lines(v, patch.lines, true);
        }
        v.throwIfAny();
    }

    /**
     * Codes as the promotions capability will see them: at most {@value CouponRedemptions#MAX_CODES_PER_ORDER},
     * each once (a code typed twice, in any case, is one code twice).
     */
    static List<String> normalisedCodes(List<String> codes) {
        List<String> normalised = new ArrayList<>();
        if (codes != null) {
            codes.forEach(code -> normalised.add(code.trim().toUpperCase(Locale.ROOT)));
        }
        return normalised;
    }

    private static void couponCodes(Violations v, List<String> codes) {
        if (codes == null) {
            return;
        }
        if (codes.size() > CouponRedemptions.MAX_CODES_PER_ORDER) {
            v.add("couponCodes", "an order carries at most " + CouponRedemptions.MAX_CODES_PER_ORDER + " coupon codes");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!v.check(code == null || code.isBlank() || code.length() > 64, "couponCodes[" + i + "]",
                    "must be a code of 1 to 64 characters")) {
                v.check(!seen.add(code.trim().toUpperCase(Locale.ROOT)), "couponCodes[" + i + "]",
                        "is given more than once");
            }
        }
    }

    /** Each line's own fields; the bounds over all lines are {@link Checks#lineBounds}'. */
    static void lines(Violations v, List<OrderInput.LineInput> lines, boolean idsAllowed) {
        if (lines.size() > Checks.MAX_LINES) {
            v.add("lines", "an order has at most " + Checks.MAX_LINES + " lines, not " + lines.size());
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderInput.LineInput line = lines.get(i);
            if (line == null) {
                v.add("lines[" + i + "]", "must be a line");
                continue;
            }
            if (line.id == null || !idsAllowed) {
                Checks.text(v, "lines[" + i + "].sku", line.sku, 64);
            }
            v.check(line.id != null && !idsAllowed, "lines[" + i + "].id", "is not allowed on a new order");
            Checks.quantity(v, "lines[" + i + "].quantity", line.quantity);
            Checks.amount(v, "lines[" + i + "].unitPrice", line.unitPrice, null, false);
        }
    }

    private static void address(Violations v, String field, OrderInput.AddressInput address) {
        if (address != null && address.addressId == null) {
            Checks.address(v, field + ".", address);
        }
    }
}
