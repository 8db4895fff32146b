package org.ordo.core.shell;

import java.util.Locale;

import org.ordo.api.order.OrderDTO;
import org.ordo.core.internal.order.OrderInput;
import org.ordo.core.internal.order.Orders;

/** How the console names an order (its id or number) and the customer's addresses an order uses. */
final class OrderArgument {
    private OrderArgument() {
    }

    /** Ids are all digits and numbers never are, so one argument can name an order either way. */
    static OrderDTO find(Orders orders, String idOrNumber) {
        String trimmed = idOrNumber.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return orders.get(trimmed);
        }
        return orders.byNumber(trimmed.toUpperCase(Locale.ROOT));
    }

    /** {@code {addressId}}: an address of the customer's book, checked by the service. */
    static OrderInput.AddressInput addressInBook(String addressId) {
        if (addressId == null || addressId.isBlank()) {
            return null;
        }
        OrderInput.AddressInput reference = new OrderInput.AddressInput();
        reference.addressId = addressId.trim();
        return reference;
    }
}
