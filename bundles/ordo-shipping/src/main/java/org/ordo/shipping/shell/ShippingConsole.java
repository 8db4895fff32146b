package org.ordo.shipping.shell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ValidationException;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.ShippingMethodDTO;

/**
 * Reading what the console user typed into the requests the REST API takes. Only the shape is read
 * here; whether a value is allowed is for the services to say, as they do for REST.
 */
final class ShippingConsole {
    private ShippingConsole() {
    }

    /** The amount, or null when nothing was typed. */
    static BigDecimal amount(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be an amount such as 4.90, not '" + text + "'");
        }
    }

    /** {@code --item ITEM:QTY} as items; null when none were typed, which means every unit not shipped yet. */
    static List<ShipmentRequests.Item> items(List<String> typed) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        List<ShipmentRequests.Item> items = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String[] parts = typed.get(i).trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("[+-]?\\d{1,9}")) {
                throw new ValidationException("items[" + i + "]", "must be ITEM:QTY such as 12:1, not '" + typed.get(i) + "'");
            }
            ShipmentRequests.Item item = new ShipmentRequests.Item();
            item.itemId = parts[0].trim();
            item.quantity = Integer.valueOf(parts[1].trim());
            items.add(item);
        }
        return items;
    }

    /** {@code Standard (STD): 4.90 EUR, free from 50.00}. */
    static String describe(ShippingMethodDTO method) {
        return method.name + " (" + method.code + "): " + method.price.toPlainString() + " " + method.currency
                + (method.freeAbove == null ? "" : ", free from " + method.freeAbove.toPlainString());
    }

    static String actor(Session session) {
        return ConsoleUser.current(session.get("USER")).name();
    }
}
