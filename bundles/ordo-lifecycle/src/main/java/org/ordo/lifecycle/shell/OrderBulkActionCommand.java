package org.ordo.lifecycle.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.lifecycle.internal.BulkActions;

@Service
@Command(scope = "order", name = "bulk-action", description = "Takes one action on many orders, each done or refused on its own, as POST /orders/actions/{name} does")
public class OrderBulkActionCommand implements Action {

    @Option(name = "--comment", aliases = "-c", description = "Why, for each order's history")
    String comment;

    @Argument(index = 0, name = "action", description = "The action's name", required = true)
    @Completion(ActionNameCompleter.class)
    String action;

    @Argument(index = 1, name = "ids", description = "The orders' ids", multiValued = true)
    List<String> orderIds;

    @Reference
    BulkActions bulk;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Order");
            table.column("Result");
            table.column("Detail").maxSize(100).wrap();
            for (BulkActions.Result result : bulk.perform(action, orderIds, comment, actor())) {
                if (result.order() != null) {
                    table.addRow().addContent(result.orderId(), "done", result.order().number + " is now " + result.order().status);
                } else {
                    Object allowed = result.problem().get("allowedActions");
                    table.addRow().addContent(result.orderId(), "refused (" + result.status() + ")",
                            result.detail() + (allowed == null ? "" : "; allowed now: " + allowed));
                }
            }
            table.print(session.getConsole());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    private String actor() {
        return ConsoleUser.current(session.get("USER")).name();
    }
}
