package org.ordo.shipping.internal;

import java.util.List;

import org.ordo.api.error.ValidationException;
import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.totals.TotalsAdjuster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An order's shipping charge, from the shipping method it names. An unknown method, or one priced in
 * another currency than the order's, refuses the order's change with a 422 on {@code shippingMethod}.
 * Free shipping (the order's flag, a promotion) is the core's to apply: it waives what this charges.
 */
@Component(service = TotalsAdjuster.class)
public class ShippingAdjuster implements TotalsAdjuster {
    private static final int KNOWN_NAMED = 20;
    private final ShippingMethods methods;

    @Activate
    public ShippingAdjuster(@Reference ShippingMethods methods) {
        this.methods = methods;
    }

    @Override
    public List<AdjustmentDTO> adjust(OrderDTO draft) {
        if (draft.shippingMethod == null || draft.shippingMethod.isBlank()) {
            return List.of();
        }
        ShippingMethodDTO method = methods.find(draft.shippingMethod).orElseThrow(() -> new ValidationException(
                "shippingMethod", "unknown shipping method " + draft.shippingMethod + "; " + knownMethods()));
        if (!method.currency.equals(draft.currency)) {
            throw new ValidationException("shippingMethod", "shipping method " + method.code + " is priced in "
                    + method.currency + " and this order is in " + draft.currency);
        }
        String label = method.freeAbove == null ? "Shipping: " + method.name
                : "Shipping: " + method.name + " (free from " + method.freeAbove + " " + method.currency + ")";
        return List.of(AdjustmentDTO.of(AdjustmentDTO.SHIPPING, label,
                ShippingCharge.of(method.price, method.freeAbove, draft.totals.subtotal), "shipping:" + method.code));
    }

    /** The first methods by code, enough to spot a typo: a refusal names a few, not every method there is. */
    private String knownMethods() {
        Page<ShippingMethodDTO> first = methods.list(new PageRequest(1, KNOWN_NAMED));
        long others = first.total - first.items.size();
        return "known methods: " + first.items.stream().map(m -> m.code).toList()
                + (others > 0 ? " and " + others + " more" : "");
    }
}
