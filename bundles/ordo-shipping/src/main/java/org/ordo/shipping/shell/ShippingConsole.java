package org.ordo.shipping.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ValidationException;
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

    /** {@code Standard (STD): 4.90 EUR, free from 50.00}. */
    static String describe(ShippingMethodDTO method) {
        return method.name + " (" + method.code + "): " + method.price.toPlainString() + " " + method.currency
                + (method.freeAbove == null ? "" : ", free from " + method.freeAbove.toPlainString());
    }

    static String actor(Session session) {
        return ConsoleUser.current(session.get("USER")).name();
    }
}
