package org.ordo.lifecycle.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.order.OrderDTO;
import org.ordo.lifecycle.internal.ActionOutcome;
import org.ordo.lifecycle.internal.Lifecycle;

@Service
@Command(scope = "order", name = "action", description = "Takes an action on an order, such as cancel or mark-shipped")
public class OrderActionCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "action", description = "The action's name", required = true)
    @Completion(ActionNameCompleter.class)
    String action;

    @Option(name = "--comment", aliases = "-c", description = "Why, for the order's history")
    String comment;

    @Option(name = "--dry-run", description = "Show what would happen and change nothing")
    boolean dryRun;

    @Reference
    Lifecycle lifecycle;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ActionOutcome outcome = lifecycle.perform(orderId, action, comment, null, actor(), dryRun);
            OrderDTO order = outcome.order();
            String verb = dryRun ? "would be" : "is now";
            session.getConsole().println("Order " + order.number + " " + verb + " " + order.status);
            outcome.stockReleased().forEach(release -> session.getConsole()
                    .println("  stock given back: " + release.quantity() + " x " + release.sku()));
        } catch (ConflictException e) {
            session.getConsole().println("Error: " + e.detail());
            Object allowed = e.properties().get("allowedActions");
            if (allowed != null) {
                session.getConsole().println("Allowed now: " + allowed);
            }
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    private String actor() {
        return ConsoleUser.current(session.get("USER")).name();
    }
}
