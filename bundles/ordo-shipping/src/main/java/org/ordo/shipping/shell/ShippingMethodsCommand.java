package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.console.ConsolePages;
import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.Page;
import org.ordo.shipping.internal.Carriers;
import org.ordo.shipping.internal.ShippingMethodDTO;
import org.ordo.shipping.internal.ShippingMethods;

@Service
@Command(scope = "shipping", name = "methods", description = "Lists the shipping methods and the carriers in force")
public class ShippingMethodsCommand implements Action {

    @Option(name = "--page", description = "Page of 200 methods, from 1")
    String page;

    @Reference
    ShippingMethods methods;

    @Reference
    Carriers carriers;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Code");
            table.column("Name");
            table.column("Price");
            table.column("Free from");
            Page<ShippingMethodDTO> found = methods.list(ConsolePages.request(page));
            for (ShippingMethodDTO method : found.items) {
                table.addRow().addContent(method.code, method.name, method.price + " " + method.currency,
                        method.freeAbove == null ? "-" : method.freeAbove + " " + method.currency);
            }
            table.print(session.getConsole());
            ConsolePages.summary(found, "shipping methods").ifPresent(session.getConsole()::println);
            session.getConsole().println("Carriers: " + String.join(", ", carriers.codes()));
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
