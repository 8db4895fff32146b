package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.JsonBodies;
import org.ordo.core.internal.order.OrderPatch;
import org.ordo.core.internal.order.Orders;

@Command(scope = "order", name = "edit", description = "Changes an open order, as PATCH /orders/{id} does; totals are recalculated")
@Service
public class OrderEditCommand extends OrdoCommand {
    @Option(name = "--note", description = "New note")
    String note;

    @Option(name = "--shipping-method", description = "Code of the new shipping method")
    String shippingMethod;

    @Option(name = "--free-shipping", description = "true to waive the shipping price, false to charge it again")
    String freeShipping;

    @Option(name = "--billing-address", description = "Id of an address in the customer's address book")
    String billingAddress;

    @Option(name = "--shipping-address", description = "Id of an address in the customer's address book")
    String shippingAddress;

    @Option(name = "--json", description = "The body of PATCH /orders/{id}, e.g. for lines: "
            + "'{\"lines\":[{\"id\":\"7\",\"sku\":\"SKU-1\",\"quantity\":3},{\"sku\":\"SKU-2\",\"quantity\":1}]}'; "
            + "the options given as well take precedence")
    String json;

    @Option(name = "--if-version", description = "Change only if the order is still at this version (as If-Match)")
    String ifVersion;

    @Argument(name = "order", description = "The order's id or number", required = true)
    @Completion(OrderNumberCompleter.class)
    String order;

    @Reference
    Orders orders;

    @Reference
    JsonBodies jsonBodies;

    @Override
    protected void run(PrintStream out) {
        OrderPatch patch = json == null || json.isBlank() ? null : jsonBodies.read(json, OrderPatch.class);
        if (patch == null) {
            patch = new OrderPatch();
        }
        if (note != null) {
            patch.note = note;
        }
        if (shippingMethod != null) {
            patch.shippingMethod = shippingMethod;
        }
        Boolean waived = ConsoleInput.yesNo("freeShipping", freeShipping);
        if (waived != null) {
            patch.freeShipping = waived;
        }
        if (billingAddress != null) {
            patch.billingAddress = OrderArgument.addressInBook(billingAddress);
        }
        if (shippingAddress != null) {
            patch.shippingAddress = OrderArgument.addressInBook(shippingAddress);
        }
        Long expectedVersion = ConsoleInput.id("if-version", ifVersion);
        String id = OrderArgument.find(orders, order).id;
        OrderDTO updated = orders.update(id, patch, expectedVersion, user());
        out.println("Order " + updated.number + " updated: " + updated.lines.size() + " lines, grand total "
                + ConsoleFormat.money(updated.totals.grandTotal, updated.currency) + ", version " + updated.version);
    }
}
