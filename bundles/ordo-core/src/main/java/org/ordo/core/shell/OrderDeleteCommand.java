package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.security.Actor;
import org.ordo.core.internal.order.Orders;

@Command(scope = "order", name = "delete", description = "Deletes an order for good, giving back its held stock, as DELETE /orders/{id} does")
@Service
public class OrderDeleteCommand extends OrdoCommand {
    @Argument(name = "order", description = "The order's id or number", required = true)
    @Completion(OrderNumberCompleter.class)
    String order;

    @Reference
    Orders orders;

    @Override
    protected void run(PrintStream out) {
        Actor admin = requireAdmin("Deleting an order");
        OrderDTO doomed = OrderArgument.find(orders, order);
        orders.delete(doomed.id, admin.name());
        out.println("Order " + doomed.number + " (id " + doomed.id + ") deleted");
    }
}
