package org.ordo.email.internal;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.order.AddressDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.shipping.ShipmentSummaryDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.TotalsDTO;

/**
 * What a template may read, as plain maps, lists and strings only: {@code order} (with
 * {@code lines}, {@code totals} and its addresses), {@code customer} and {@code checkoutUrl}.
 * Money is the exact decimal as a string, such as {@code 12.50}; an absent text is an empty string,
 * so that a template need not guard every optional field. More top-level keys (such as
 * {@code shipments}) may be added by later capabilities without changing these.
 */
public final class EmailModel {

    private EmailModel() {
    }

    /** {@code shipments} is empty while the shipping capability is not installed. */
    public static Map<String, Object> of(OrderDTO order, CustomerDTO customer, List<ShipmentSummaryDTO> shipments,
            String checkoutBaseUrl) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("order", order(order));
        model.put("customer", customer(customer));
        model.put("shipments", shipments.stream().map(EmailModel::shipment).toList());
        model.put("checkoutUrl", checkoutUrl(checkoutBaseUrl, order.id));
        return model;
    }

    private static Map<String, Object> shipment(ShipmentSummaryDTO s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("carrier", text(s.carrier));
        m.put("trackingNumber", text(s.trackingNumber));
        m.put("trackingUrl", text(s.trackingUrl));
        m.put("status", text(s.status));
        m.put("items", s.items.stream().map(item -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("itemId", text(item.itemId));
            i.put("sku", text(item.sku));
            i.put("quantity", item.quantity);
            return i;
        }).toList());
        return m;
    }

    /** The link to the pre-filled order for the customer to complete: the base URL, then the order's id. */
    static String checkoutUrl(String base, String orderId) {
        String trimmed = base == null ? "" : base.trim();
        String separator = trimmed.endsWith("/") ? "" : "/";
        return trimmed + separator + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> order(OrderDTO o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(o.id));
        m.put("number", text(o.number));
        m.put("status", text(o.status));
        m.put("channel", text(o.channel));
        m.put("currency", text(o.currency));
        m.put("createdAt", text(o.createdAt));
        m.put("note", text(o.note));
        m.put("shippingMethod", text(o.shippingMethod));
        m.put("couponCodes", o.couponCodes == null ? List.of() : List.copyOf(o.couponCodes));
        m.put("lines", o.lines == null ? List.of() : o.lines.stream().map(EmailModel::line).toList());
        m.put("totals", totals(o.totals));
        m.put("billingAddress", address(o.billingAddress));
        m.put("shippingAddress", address(o.shippingAddress));
        return m;
    }

    private static Map<String, Object> line(OrderLineDTO l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(l.id));
        m.put("sku", text(l.sku));
        m.put("name", text(l.name));
        m.put("quantity", l.quantity);
        m.put("unitPrice", money(l.unitPrice));
        m.put("taxRate", money(l.taxRate));
        m.put("total", money(l.total));
        m.put("state", text(l.state));
        return m;
    }

    private static Map<String, Object> totals(TotalsDTO t) {
        TotalsDTO totals = t == null ? new TotalsDTO() : t;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subtotal", money(totals.subtotal));
        m.put("discount", money(totals.discount));
        m.put("shipping", money(totals.shipping));
        m.put("tax", money(totals.tax));
        m.put("grandTotal", money(totals.grandTotal));
        return m;
    }

    private static Map<String, Object> address(AddressDTO a) {
        AddressDTO address = a == null ? new AddressDTO() : a;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", text(address.firstName));
        m.put("lastName", text(address.lastName));
        m.put("company", text(address.company));
        m.put("street", text(address.street));
        m.put("city", text(address.city));
        m.put("postalCode", text(address.postalCode));
        m.put("region", text(address.region));
        m.put("country", text(address.country));
        m.put("phone", text(address.phone));
        return m;
    }

    private static Map<String, Object> customer(CustomerDTO c) {
        CustomerDTO customer = c == null ? new CustomerDTO() : c;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(customer.id));
        m.put("firstName", text(customer.firstName));
        m.put("lastName", text(customer.lastName));
        m.put("email", text(customer.email));
        m.put("phone", text(customer.phone));
        m.put("company", text(customer.company));
        return m;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** An order and customer with every field filled, to try a template on before it is saved. */
    public static Map<String, Object> sample(String checkoutBaseUrl) {
        OrderDTO order = new OrderDTO();
        order.id = "1";
        order.number = "SO-000001";
        order.status = "OPEN";
        order.channel = "PHONE";
        order.currency = "EUR";
        order.createdAt = Instant.EPOCH;
        OrderLineDTO line = new OrderLineDTO();
        line.id = "1";
        line.sku = "SKU-1";
        line.name = "Sample product";
        line.quantity = 2;
        line.unitPrice = new BigDecimal("10.00");
        line.taxRate = BigDecimal.ZERO;
        line.total = new BigDecimal("20.00");
        line.state = "NEW";
        order.lines.add(line);
        TotalsDTO totals = new TotalsDTO();
        totals.subtotal = new BigDecimal("20.00");
        totals.discount = BigDecimal.ZERO;
        totals.shipping = BigDecimal.ZERO;
        totals.tax = BigDecimal.ZERO;
        totals.grandTotal = new BigDecimal("20.00");
        order.totals = totals;
        CustomerDTO customer = new CustomerDTO();
        customer.id = "1";
        customer.firstName = "Ann";
        customer.lastName = "Sample";
        customer.email = "ann@example.com";
        ShipmentSummaryDTO shipment = new ShipmentSummaryDTO();
        shipment.id = "1";
        shipment.carrier = "UPS";
        shipment.trackingNumber = "1Z999AA10123456784";
        shipment.trackingUrl = "https://www.ups.com/track?tracknum=1Z999AA10123456784";
        shipment.status = "IN_TRANSIT";
        ShipmentSummaryDTO.Item shipped = new ShipmentSummaryDTO.Item();
        shipped.itemId = line.id;
        shipped.sku = line.sku;
        shipped.quantity = line.quantity;
        shipment.items.add(shipped);
        return of(order, customer, List.of(shipment), checkoutBaseUrl);
    }
}
