package org.ordo.shipping.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ItemQuantities;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.Shipments;

@Service
@Command(scope = "shipment", name = "create", description = "Records a shipment of an order: of the given items, or of every unit not shipped yet")
public class ShipmentCreateCommand implements Action {

    @Option(name = "--item", description = "ITEM:QTY, an order line's id and how many of its units ship; repeat for more",
            multiValued = true)
    List<String> items;

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "carrier", description = "The carrier, such as dhl (shipment carriers are configuration)", required = true)
    String carrier;

    @Argument(index = 2, name = "tracking", description = "The carrier's tracking number", required = true)
    String trackingNumber;

    @Reference
    Shipments shipments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShipmentRequests.Create request = new ShipmentRequests.Create();
            request.carrier = carrier;
            request.trackingNumber = trackingNumber;
            request.items = ItemQuantities.parse(items, (itemId, quantity) -> {
                ShipmentRequests.Item item = new ShipmentRequests.Item();
                item.itemId = itemId;
                item.quantity = quantity;
                return item;
            });
            ShipmentShowCommand.print(shipments.create(orderId.trim(), request, ShippingConsole.actor(session)),
                    session.getConsole());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
