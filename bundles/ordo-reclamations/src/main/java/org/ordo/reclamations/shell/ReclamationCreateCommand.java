package org.ordo.reclamations.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.console.ItemQuantities;
import org.ordo.api.error.ProblemException;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;

@Service
@Command(scope = "reclamation", name = "create", description = "Opens a reclamation on an order: on the given items, or on all of them")
public class ReclamationCreateCommand implements Action {

    @Option(name = "--item", description = "ITEM:QTY, an order line's id and how many of its units are claimed; repeat for more",
            multiValued = true)
    List<String> items;

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "reason", description = "The customer's complaint, quoted", required = true)
    String reason;

    @Reference
    Reclamations reclamations;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ReclamationDTO input = new ReclamationDTO();
            input.reason = reason;
            input.items = ItemQuantities.parse(items, (itemId, quantity) -> {
                ReclamationDTO.Item item = new ReclamationDTO.Item();
                item.itemId = itemId;
                item.quantity = quantity;
                return item;
            });
            ReclamationDTO opened = reclamations.open(orderId.trim(), input, ConsoleUser.current(session.get("USER")).name());
            int units = opened.items.stream().mapToInt(item -> item.quantity).sum();
            session.getConsole().println("Reclamation " + opened.id + " opened on order " + opened.orderId + " for "
                    + units + " unit(s) of " + opened.items.size() + " item(s)");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
