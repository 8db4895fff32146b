package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.shipping.internal.Carriers;
import org.ordo.shipping.internal.ShippingMethodDTO;
import org.ordo.shipping.internal.ShippingMethods;

@Service
@Command(scope = "shipping", name = "methods", description = "Lists the shipping methods and the carriers in force")
public class ShippingMethodsCommand implements Action {

    @Reference
    ShippingMethods methods;

    @Reference
    Carriers carriers;

    @Reference
    Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Price");
        table.column("Free from");
        for (ShippingMethodDTO method : methods.list()) {
            table.addRow().addContent(method.code, method.name, method.price + " " + method.currency,
                    method.freeAbove == null ? "-" : method.freeAbove + " " + method.currency);
        }
        table.print(session.getConsole());
        session.getConsole().println("Carriers: " + String.join(", ", carriers.codes()));
        return null;
    }
}
