package org.ordo.core.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.rest.JsonBodies;
import org.ordo.core.internal.order.OrderInput;
import org.ordo.core.internal.order.Orders;

@Command(scope = "order", name = "create", description = "Creates an order for a customer from typed lines or from a "
        + "shopping list, quote, cart or earlier order, as POST /orders does")
@Service
public class OrderCreateCommand extends OrdoCommand {
    @Option(name = "--customer", description = "The customer's id")
    String customer;

    @Option(name = "--from", description = "Copy the lines of a source: shopping-list:ID, quote:ID, cart:ID or order:ID")
    String from;

    @Option(name = "--currency", description = "ISO 4217 currency; the products' when left out")
    String currency;

    @Option(name = "--channel", description = "BACK_OFFICE (when left out), WEB, PHONE, STORE, ...")
    String channel;

    @Option(name = "--shipping-method", description = "Code of a shipping method")
    String shippingMethod;

    @Option(name = "--billing-address", description = "Id of an address in the customer's address book")
    String billingAddress;

    @Option(name = "--shipping-address", description = "Id of an address in the customer's address book")
    String shippingAddress;

    @Option(name = "--coupon", description = "A coupon code to apply; repeat for several", multiValued = true)
    List<String> coupons;

    @Option(name = "--note", description = "A note on the order")
    String note;

    @Option(name = "--json", description = "The body of POST /orders, for what the options do not cover (full "
            + "addresses, expiresAt, ...); the options and lines given as well take precedence")
    String json;

    @Argument(name = "lines", description = "SKU:QUANTITY pairs, or SKU:QUANTITY:UNIT_PRICE for a negotiated price",
            multiValued = true)
    @Completion(SkuCompleter.class)
    List<String> lines;

    @Reference
    Orders orders;

    @Reference
    JsonBodies jsonBodies;

    @Override
    protected void run(PrintStream out) {
        OrderInput input = json == null || json.isBlank() ? null : jsonBodies.read(json, OrderInput.class);
        if (input == null) {
            input = new OrderInput();
        }
        input.customerId = orDefault(ConsoleInput.blankToNull(customer), input.customerId);
        input.currency = orDefault(ConsoleInput.blankToNull(currency), input.currency);
        input.channel = orDefault(ConsoleInput.blankToNull(channel), input.channel);
        input.shippingMethod = orDefault(ConsoleInput.blankToNull(shippingMethod), input.shippingMethod);
        input.note = orDefault(note, input.note);
        input.source = orDefault(source(from), input.source);
        input.billingAddress = orDefault(OrderArgument.addressInBook(billingAddress), input.billingAddress);
        input.shippingAddress = orDefault(OrderArgument.addressInBook(shippingAddress), input.shippingAddress);
        if (coupons != null && !coupons.isEmpty()) {
            input.couponCodes = coupons;
        }
        if (lines != null && !lines.isEmpty()) {
            input.lines = TypedLines.orderLines(lines);
        }
        OrderDTO order = orders.create(input, user(), null).order();
        out.println("Order " + order.number + " (id " + order.id + ") created for customer " + order.customerId + ": "
                + order.status + ", " + order.lines.size() + " lines, grand total "
                + ConsoleFormat.money(order.totals.grandTotal, order.currency));
    }

    /** {@code quote:12} as {@code {type: QUOTE, id: 12}}; the type's name is checked by the service. */
    private static OrderSourceDTO source(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        int colon = typed.indexOf(':');
        if (colon <= 0 || colon == typed.length() - 1) {
            throw new ValidationException("from", "must be TYPE:ID such as quote:12, not '" + typed + "'");
        }
        OrderSourceDTO source = new OrderSourceDTO();
        source.type = typed.substring(0, colon).trim().replace('-', '_').toUpperCase(Locale.ROOT);
        source.id = typed.substring(colon + 1).trim();
        return source;
    }

    private static <T> T orDefault(T typed, T fromJson) {
        return typed != null ? typed : fromJson;
    }
}
