package org.ordo.reclamations.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.error.ProblemException;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;

@Service
@Command(scope = "reclamation", name = "show", description = "Shows one reclamation and the items it claims")
public class ReclamationShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The reclamation's id", required = true)
    String id;

    @Reference
    Reclamations reclamations;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ReclamationDTO claim = reclamations.get(id);
            var out = session.getConsole();
            out.println("Reclamation " + claim.id + " on order " + claim.orderId + ": " + claim.status);
            out.println("Reason:     " + claim.reason);
            out.println("Opened:     " + claim.createdAt + " by " + claim.createdBy);
            if (claim.closedAt != null) {
                out.println("Closed:     " + claim.closedAt + " by " + claim.closedBy);
                out.println("Resolution: " + claim.resolution);
            }
            ShellTable table = new ShellTable();
            table.column("Item");
            table.column("Sku");
            table.column("Quantity");
            claim.items.forEach(item -> table.addRow().addContent(item.itemId, item.sku, item.quantity));
            table.print(out);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
