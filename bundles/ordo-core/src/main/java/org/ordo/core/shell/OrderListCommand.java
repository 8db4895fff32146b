package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.SortOrder;
import org.ordo.core.internal.order.GridQuery;
import org.ordo.core.internal.order.OrderGrid;

@Command(scope = "order", name = "list", description = "Lists orders as the order grid does: filtered, sorted and paged")
@Service
public class OrderListCommand extends OrdoCommand {
    @Option(name = "--status", description = "Only these statuses, comma separated (OPEN,CONFIRMED)")
    String status;

    @Option(name = "--customer", description = "Only orders of this customer id")
    String customer;

    @Option(name = "--query", aliases = "-q", description = "Order number or customer name or email starting with this")
    String query;

    @Option(name = "--channel", description = "Only orders of this channel")
    String channel;

    @Option(name = "--flag", description = "Only orders carrying this flag")
    String flag;

    @Option(name = "--sort", description = "createdAt, number, grandTotal or status; prefix - for descending")
    String sort = "-createdAt";

    @Option(name = "--page", description = "Page number, from 1")
    String page = "1";

    @Option(name = "--size", description = "Orders per page, 1 to 200")
    String size = "20";

    @Reference
    OrderGrid grid;

    @Override
    protected void run(PrintStream out) {
        GridQuery query = new GridQuery(ConsoleInput.statuses(status), ConsoleInput.id("customer", customer),
                ConsoleInput.blankToNull(this.query), ConsoleInput.blankToNull(channel), ConsoleInput.blankToNull(flag),
                null, null, null, null, SortOrder.parse(sort, OrderGrid.SORTABLE, new SortOrder("createdAt", true)),
                ConsoleInput.page(page, size));
        Page<OrderDTO> orders = grid.find(query);
        ShellTable table = new ShellTable().emptyTableText("No orders");
        table.column("Number");
        table.column("Status");
        table.column("Customer");
        table.column("Channel");
        table.column("Total").alignRight();
        table.column("Created");
        for (OrderDTO order : orders.items) {
            table.addRow().addContent(order.number, order.status, order.customerId, ConsoleFormat.text(order.channel),
                    ConsoleFormat.money(order.totals.grandTotal, order.currency), ConsoleFormat.time(order.createdAt));
        }
        table.print(out);
        ConsoleFormat.pageLine(out, orders, "orders");
    }
}
