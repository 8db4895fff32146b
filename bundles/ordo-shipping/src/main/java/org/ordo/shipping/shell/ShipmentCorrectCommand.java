package org.ordo.shipping.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.ShipmentTracking;

@Service
@Command(scope = "shipment", name = "correct", description = "Corrects a shipment's carrier or tracking number; the change is kept in its history")
public class ShipmentCorrectCommand implements Action {

    @Option(name = "--carrier", description = "The right carrier")
    String carrier;

    @Option(name = "--tracking", description = "The right tracking number")
    String trackingNumber;

    @Argument(index = 0, name = "id", description = "The shipment's id", required = true)
    String id;

    @Reference
    ShipmentTracking tracking;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShipmentRequests.Correct correction = new ShipmentRequests.Correct();
            correction.carrier = carrier;
            correction.trackingNumber = trackingNumber;
            ShipmentShowCommand.print(tracking.correct(id.trim(), correction, null, ShippingConsole.actor(session)),
                    session.getConsole());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
