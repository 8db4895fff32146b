package org.ordo.reclamations.shell;

import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;

@Service
@Command(scope = "reclamation", name = "list", description = "Lists reclamations, newest first")
public class ReclamationListCommand implements Action {

    @Option(name = "--status", description = "OPEN or CLOSED")
    String status;

    @Option(name = "--order", description = "Only this order's")
    String orderId;

    @Option(name = "--page", description = "Page, from 1")
    int page = 1;

    @Option(name = "--size", description = "Reclamations per page, at most 200")
    int size = 20;

    @Reference
    Reclamations reclamations;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Page<ReclamationDTO> found = reclamations.list(status, orderId, PageRequest.of(page, size));
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Order");
            table.column("Status");
            table.column("Items");
            table.column("Created");
            table.column("By");
            table.column("Reason").maxSize(60);
            for (ReclamationDTO claim : found.items) {
                table.addRow().addContent(claim.id, claim.orderId, claim.status, claim.items.size(),
                        claim.createdAt.truncatedTo(ChronoUnit.SECONDS), claim.createdBy, claim.reason);
            }
            table.print(session.getConsole());
            session.getConsole().println("Page " + found.page + " (total " + found.total + " reclamations)");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
