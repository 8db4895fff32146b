package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShippingMethodDTO;
import org.ordo.shipping.internal.ShippingMethods;

@Service
@Command(scope = "shipping", name = "method-create", description = "Creates a shipping method agents can choose for orders")
public class ShippingMethodCreateCommand implements Action {

    @Option(name = "--free-above", description = "The order subtotal from which shipping is free")
    String freeAbove;

    @Argument(index = 0, name = "code", description = "Its code, such as EXPRESS", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Its name, quoted", required = true)
    String name;

    @Argument(index = 2, name = "price", description = "What it costs, such as 4.90", required = true)
    String price;

    @Argument(index = 3, name = "currency", description = "ISO 4217 code, such as EUR", required = true)
    String currency;

    @Reference
    ShippingMethods methods;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShippingMethodDTO input = new ShippingMethodDTO();
            input.code = code.trim();
            input.name = name;
            input.price = ShippingConsole.amount("price", price);
            input.currency = currency.trim();
            input.freeAbove = ShippingConsole.amount("freeAbove", freeAbove);
            session.getConsole().println("Shipping method created: " + ShippingConsole.describe(methods.create(input)));
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
