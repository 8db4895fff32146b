package org.ordo.shipping.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShipmentDTO;
import org.ordo.shipping.internal.Shipments;

@Service
@Command(scope = "shipment", name = "show", description = "Shows a shipment: its items, tracking events and corrections")
public class ShipmentShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The shipment's id", required = true)
    String id;

    @Reference
    Shipments shipments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            print(shipments.get(id), session.getConsole());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    static void print(ShipmentDTO shipment, PrintStream out) {
        out.println("Shipment " + shipment.id + " of order " + shipment.orderId + ": " + shipment.status);
        out.println("Carrier:  " + shipment.carrier + " " + shipment.trackingNumber);
        out.println("Tracking: " + (shipment.trackingUrl == null ? "-" : shipment.trackingUrl));
        out.println("Created:  " + shipment.createdAt + " by " + shipment.createdBy);
        ShellTable items = new ShellTable();
        items.column("Item");
        items.column("Sku");
        items.column("Quantity");
        shipment.items.forEach(item -> items.addRow().addContent(item.itemId, item.sku, item.quantity));
        items.print(out);
        if (!shipment.events.isEmpty()) {
            ShellTable events = new ShellTable();
            events.column("Occurred");
            events.column("Status");
            events.column("Location");
            events.column("Description").maxSize(60);
            shipment.events.forEach(event -> events.addRow().addContent(event.occurredAt, event.status,
                    event.location == null ? "" : event.location, event.description == null ? "" : event.description));
            events.print(out);
        }
        if (!shipment.history.isEmpty()) {
            ShellTable history = new ShellTable();
            history.column("Corrected");
            history.column("By");
            history.column("Field");
            history.column("From");
            history.column("To");
            shipment.history.forEach(change -> history.addRow().addContent(change.at, change.by, change.field, change.from,
                    change.to));
            history.print(out);
        }
    }
}
