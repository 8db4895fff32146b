package org.ordo.shipping.shell;

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
import org.ordo.api.rest.Page;
import org.ordo.shipping.internal.ShipmentDTO;
import org.ordo.shipping.internal.Shipments;

@Service
@Command(scope = "shipment", name = "list", description = "Lists an order's shipments, oldest first")
public class ShipmentListCommand implements Action {

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Option(name = "--page", description = "Page of 200 shipments, from 1")
    String page;

    @Reference
    Shipments shipments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Carrier");
            table.column("Tracking number");
            table.column("Status");
            table.column("Units");
            table.column("Created");
            Page<ShipmentDTO> found = shipments.list(orderId, ConsolePages.request(page));
            for (ShipmentDTO shipment : found.items) {
                table.addRow().addContent(shipment.id, shipment.carrier, shipment.trackingNumber, shipment.status,
                        shipment.items.stream().mapToInt(item -> item.quantity).sum(),
                        shipment.createdAt.truncatedTo(ChronoUnit.SECONDS));
            }
            table.print(session.getConsole());
            ConsolePages.summary(found, "shipments").ifPresent(session.getConsole()::println);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
