package org.ordo.lifecycle.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.lifecycle.internal.Lifecycle;

@Service
@Command(scope = "order", name = "item-event", description = "Fires an item event (pay, ship, deliver, ...) on an order's items")
public class OrderItemEventCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "event", description = "The item event, such as ship", required = true)
    String event;

    @Option(name = "--items", aliases = "-i", description = "Item ids separated by commas; all items that can take it when absent")
    String items;

    @Option(name = "--comment", aliases = "-c", description = "Why, for the order's history")
    String comment;

    @Reference
    Lifecycle lifecycle;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            List<String> itemIds = items == null ? null : List.of(items.split(",")).stream().map(String::trim).toList();
            OrderDTO order = lifecycle.fireItemEvent(orderId, event, itemIds, comment, ConsoleUser.current(session.get("USER")).name());
            session.getConsole().println("Order " + order.number + " is " + order.status);
            for (OrderLineDTO line : order.lines) {
                session.getConsole().println("  item " + line.id + " " + line.sku + ": " + line.state);
            }
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
