package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.shipping.internal.ShippingMethodDTO;
import org.ordo.shipping.internal.ShippingMethods;

@Service
@Command(scope = "shipping", name = "method-edit", description = "Changes the given fields of a shipping method; the others stay")
public class ShippingMethodEditCommand implements Action {

    @Option(name = "--name", description = "A new name")
    String name;

    @Option(name = "--price", description = "A new price, such as 5.90")
    String price;

    @Option(name = "--currency", description = "A new ISO 4217 currency")
    String currency;

    @Option(name = "--free-above", description = "The order subtotal from which shipping is free")
    String freeAbove;

    @Option(name = "--no-free-above", description = "Shipping is never free")
    boolean noFreeAbove;

    @Argument(index = 0, name = "code", description = "The method's code (shipping:methods lists them)", required = true)
    String code;

    @Reference
    ShippingMethods methods;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            if (noFreeAbove && freeAbove != null) {
                throw new ValidationException("freeAbove", "give --free-above or --no-free-above, not both");
            }
            // The service replaces a method whole; the version read here makes a change made meanwhile a conflict.
            ShippingMethodDTO method = methods.get(code.trim());
            if (name != null) method.name = name;
            if (price != null) method.price = ShippingConsole.amount("price", price);
            if (currency != null) method.currency = currency.trim();
            if (freeAbove != null) method.freeAbove = ShippingConsole.amount("freeAbove", freeAbove);
            if (noFreeAbove) method.freeAbove = null;
            ShippingMethodDTO replaced = methods.replace(method.code, method, method.version);
            session.getConsole().println("Shipping method changed: " + ShippingConsole.describe(replaced));
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
