package org.ordo.core.shell;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.TotalsDTO;
import org.ordo.core.internal.order.Orders;

@Command(scope = "order", name = "show", description = "Shows one order: its header, totals and lines")
@Service
public class OrderShowCommand extends OrdoCommand {
    @Argument(name = "order", description = "The order's id or number, such as SO-000042", required = true)
    @Completion(OrderNumberCompleter.class)
    String order;

    @Reference
    Orders orders;

    @Override
    protected void run(PrintStream out) {
        OrderDTO found = OrderArgument.find(orders, order);
        String currency = found.currency;
        TotalsDTO totals = found.totals;
        out.println("Number:      " + found.number + " (id " + found.id + ")");
        out.println("Status:      " + found.status);
        out.println("Customer:    " + found.customerId);
        out.println("Channel:     " + ConsoleFormat.text(found.channel));
        out.println("Created:     " + ConsoleFormat.time(found.createdAt));
        out.println("Subtotal:    " + ConsoleFormat.money(totals.subtotal, currency));
        out.println("Discount:    " + ConsoleFormat.money(totals.discount, currency));
        out.println("Shipping:    " + ConsoleFormat.money(totals.shipping, currency));
        out.println("Tax:         " + ConsoleFormat.money(totals.tax, currency));
        out.println("Grand total: " + ConsoleFormat.money(totals.grandTotal, currency));
        out.println("Flags:       " + (found.flags.isEmpty() ? "-" : String.join(", ", found.flags)));
        out.println();
        ShellTable table = new ShellTable().emptyTableText("No lines");
        table.column("Sku");
        table.column("Name");
        table.column("Qty").alignRight();
        table.column("Unit price").alignRight();
        table.column("Tax rate").alignRight();
        table.column("Total").alignRight();
        table.column("State");
        for (OrderLineDTO line : found.lines) {
            table.addRow().addContent(line.sku, ConsoleFormat.text(line.name), line.quantity,
                    ConsoleFormat.money(line.unitPrice, currency), ConsoleFormat.percent(line.taxRate),
                    ConsoleFormat.money(line.total, currency), ConsoleFormat.text(line.state));
        }
        table.print(out);
    }
}
