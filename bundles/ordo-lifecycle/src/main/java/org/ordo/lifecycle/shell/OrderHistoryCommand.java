package org.ordo.lifecycle.shell;

import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.console.ConsolePages;
import org.ordo.api.error.ProblemException;
import org.ordo.api.order.HistoryEntryDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.rest.Page;

@Service
@Command(scope = "order", name = "history", description = "Lists every change of an order, oldest first")
public class OrderHistoryCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Option(name = "--page", description = "Page of 200 changes, from 1")
    String page;

    @Reference
    OrderService orders;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("At");
            table.column("Actor");
            table.column("Action");
            table.column("From");
            table.column("To");
            table.column("Comment");
            table.column("Items");
            Page<HistoryEntryDTO> found = orders.history(orderId, ConsolePages.request(page));
            for (HistoryEntryDTO entry : found.items) {
                table.addRow().addContent(entry.at.truncatedTo(ChronoUnit.SECONDS), entry.actor, entry.action,
                        entry.fromStatus == null ? "" : entry.fromStatus, entry.toStatus,
                        entry.comment == null ? "" : entry.comment, entry.items == null ? "" : entry.items);
            }
            table.print(session.getConsole());
            ConsolePages.summary(found, "changes").ifPresent(session.getConsole()::println);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
