package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShippingMethods;

@Service
@Command(scope = "shipping", name = "method-delete",
        description = "Deletes a shipping method; open orders naming it must choose another before their totals change again")
public class ShippingMethodDeleteCommand implements Action {

    @Argument(index = 0, name = "code", description = "The method's code", required = true)
    String code;

    @Reference
    ShippingMethods methods;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            methods.delete(code.trim());
            session.getConsole().println("Shipping method " + code.trim() + " deleted");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
