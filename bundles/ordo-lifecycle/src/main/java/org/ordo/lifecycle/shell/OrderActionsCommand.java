package org.ordo.lifecycle.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.error.ProblemException;
import org.ordo.lifecycle.internal.Lifecycle;

@Service
@Command(scope = "order", name = "actions", description = "Lists every order action, whether it is allowed now and why not")
public class OrderActionsCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Reference
    Lifecycle lifecycle;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Action");
            table.column("Label");
            table.column("Allowed");
            table.column("Why not");
            for (Lifecycle.Offer offer : lifecycle.offers(orderId, true)) {
                table.addRow().addContent(offer.name(), offer.label(), offer.allowed() ? "yes" : "no",
                        offer.reason() == null ? "" : offer.reason());
            }
            table.print(session.getConsole());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
