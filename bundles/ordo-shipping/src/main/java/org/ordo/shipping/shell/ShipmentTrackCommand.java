package org.ordo.shipping.shell;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.ShipmentTracking;

@Service
@Command(scope = "shipment", name = "track", description = "Records a tracking event on a shipment and shows it")
public class ShipmentTrackCommand implements Action {

    @Argument(index = 0, name = "id", description = "The shipment's id", required = true)
    String id;

    @Argument(index = 1, name = "status", description = "IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION", required = true)
    @Completion(value = StringsCompleter.class, values = {"IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "EXCEPTION"})
    String status;

    @Option(name = "--at", description = "When it occurred, such as 2026-11-22T10:15:30Z (default: now)")
    String at;

    @Option(name = "--location", aliases = "-l", description = "Where, such as Leipzig hub")
    String location;

    @Option(name = "--description", aliases = "-d", description = "What the carrier says")
    String description;

    @Reference
    ShipmentTracking tracking;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShipmentRequests.Track event = new ShipmentRequests.Track();
            event.status = status;
            event.occurredAt = at == null ? Instant.now() : Instant.parse(at);
            event.location = location;
            event.description = description;
            ShipmentShowCommand.print(tracking.track(id, event, ConsoleUser.current(session.get("USER")).name()),
                    session.getConsole());
        } catch (DateTimeParseException e) {
            session.getConsole().println("Error: --at must be an ISO-8601 instant such as 2026-11-22T10:15:30Z: " + at);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
