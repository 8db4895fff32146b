package org.ordo.itests.robustness;

import static org.ordo.itests.robustness.Endpoint.delete;
import static org.ordo.itests.robustness.Endpoint.get;
import static org.ordo.itests.robustness.Endpoint.write;

import java.util.List;

/**
 * Every endpoint of the REST contract ({@code API.md}) and the few more the bundles publish (template
 * reset and preview, shipping method edits, carriers, single addresses), with a valid sample body per
 * write. Placeholders name records of the {@link FuzzFixture}.
 */
final class Endpoints {
    private static final String PAGED = "page,size";
    private static final String ADDRESS = "{\"!firstName\":\"Ann\",\"!lastName\":\"Fuzz\",\"company\":\"ACME\","
            + "\"!street\":\"Main St 1\",\"!city\":\"Berlin\",\"!postalCode\":\"10115\",\"region\":\"BE\","
            + "\"!country\":\"DE\",\"phone\":\"+49 30 123\"}";

    static final List<Endpoint> ALL = List.of(
            get("/health"),
            get("/openapi.json"),
            get("/dashboard"),
            // customers
            write("POST", "/customers",
                    "{\"!firstName\":\"Ann\",\"!lastName\":\"Fuzz\",\"!email\":\"ann.fuzz.new@example.com\","
                            + "\"phone\":\"+49 30 123\",\"company\":\"ACME\"}"),
            get("/customers", "q", PAGED),
            get("/customers/{customer}"),
            write("PATCH", "/customers/{customer}", "{\"firstName\":\"Anna\",\"company\":\"ACME 2\",\"phone\":\"+1 555\"}"),
            write("POST", "/customers/{customer}/addresses", ADDRESS),
            get("/customers/{customer}/addresses", PAGED),
            get("/customers/{customer}/addresses/{address}"),
            write("PATCH", "/customers/{customer}/addresses/{address}", "{\"street\":\"Side St 2\",\"country\":\"FR\"}"),
            delete("/customers/{customer}/addresses/{address}"),
            get("/customers/{customer}/orders", PAGED, "sort"),
            get("/customers/{customer}/carts", "abandoned", PAGED),
            // catalog
            write("POST", "/products", "{\"!sku\":\"FZ-NEW-1\",\"!name\":\"New\",\"!price\":\"9.90\",\"!currency\":\"EUR\","
                    + "\"taxRate\":\"19\",\"stock\":5}").kind("sku", FieldKind.TEXT),
            get("/products", "q", PAGED),
            get("/products/{sku}"),
            write("PUT", "/products/{sku}/stock", "{\"!quantity\":7}").kind("quantity", FieldKind.COUNT),
            // order sources
            write("POST", "/shopping-lists", "{\"!customerId\":\"{customer}\",\"!name\":\"Weekly\","
                    + "\"!lines\":[{\"!sku\":\"{sku}\",\"!quantity\":2}]}"),
            get("/shopping-lists/{list}"),
            write("POST", "/quotes", "{\"!customerId\":\"{customer}\","
                    + "\"!lines\":[{\"!sku\":\"{sku}\",\"!quantity\":2,\"!unitPrice\":\"8.00\"}]}"),
            get("/quotes/{quote}"),
            write("POST", "/carts", "{\"!customerId\":\"{customer}\",\"!lines\":[{\"!sku\":\"{sku}\",\"!quantity\":1}]}"),
            get("/carts/{cart}"),
            write("PUT", "/carts/{cart}/lines", "[{\"!sku\":\"{sku}\",\"!quantity\":3}]"),
            // orders
            write("POST", "/orders",
                    "{\"!customerId\":\"{customer}\",\"currency\":\"EUR\",\"channel\":\"PHONE\","
                            + "\"lines\":[{\"!sku\":\"{sku}\",\"!quantity\":1,\"unitPrice\":\"9.00\"}],"
                            + "\"billingAddress\":" + ADDRESS + ",\"shippingAddress\":{\"!addressId\":\"{address}\"},"
                            + "\"shippingMethod\":\"{method}\",\"couponCodes\":[\"{coupon}\"],\"note\":\"Call first\","
                            + "\"expiresAt\":\"2099-01-01T00:00:00Z\"}",
                    "{\"!customerId\":\"{customer}\",\"source\":{\"!type\":\"QUOTE\",\"!id\":\"{quote}\"}}"),
            get("/orders", "status", "customerId", "q", "channel", "flag", "createdFrom", "createdTo", "minTotal",
                    "maxTotal", "sort", PAGED),
            get("/orders/{order}"),
            get("/orders/by-number/{number}"),
            write("PATCH", "/orders/{order}", "{\"note\":\"Leave at door\",\"shippingMethod\":\"{method}\","
                    + "\"freeShipping\":true,\"lines\":[{\"id\":\"{item}\",\"sku\":\"{sku}\",\"!quantity\":2}]}"),
            delete("/orders/{order}").forAdmins(),
            // lifecycle
            get("/orders/{order}/actions", "all"),
            write("POST", "/orders/{order}/actions/{action}", "{\"comment\":\"As asked\"}"),
            write("POST", "/orders/actions/{action}", "{\"!orderIds\":[\"{order}\"],\"comment\":\"Bulk\"}"),
            get("/orders/{order}/history", PAGED),
            write("POST", "/orders/{order}/items/events/{event}",
                    "{\"itemIds\":[\"{item}\"],\"comment\":\"Paid by phone\"}",
                    "{\"shipmentId\":\"{shipment}\"}"),
            // promotions
            write("POST", "/promotions", "{\"!name\":\"Fuzz sale\",\"!discount\":{\"!type\":\"PERCENT\",\"!value\":\"10\"},"
                    + "\"minSubtotal\":\"10.00\",\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"2099-01-01T00:00:00Z\","
                    + "\"usageLimit\":100,\"perCustomerLimit\":1,\"requiresCoupon\":true,\"active\":true}").forAdmins(),
            get("/promotions", PAGED),
            get("/promotions/{promotion}"),
            write("PATCH", "/promotions/{promotion}", "{\"name\":\"Renamed\",\"active\":false,\"usageLimit\":5}").forAdmins(),
            write("POST", "/promotions/{promotion}/coupons", "{\"!code\":\"FZ-NEW-CODE\"}",
                    "{\"!generate\":5,\"prefix\":\"FZ-\"}", "{\"!code\":\"FZ-VOUCHER\",\"customerId\":\"{customer}\"}")
                    .kind("code", FieldKind.TEXT).forAdmins(),
            get("/promotions/{promotion}/coupons", PAGED),
            write("POST", "/orders/{order}/coupons", "{\"!code\":\"{coupon}\"}"),
            delete("/orders/{order}/coupons/{coupon}"),
            write("POST", "/orders/{order}/discounts", "{\"!type\":\"AMOUNT\",\"!value\":\"1.00\",\"!reason\":\"Goodwill\"}"),
            get("/orders/{order}/discounts", PAGED),
            delete("/orders/{order}/discounts/{discount}"),
            // reclamations
            write("POST", "/orders/{order}/reclamations",
                    "{\"!reason\":\"Broken\",\"items\":[{\"!itemId\":\"{item}\",\"!quantity\":1}]}"),
            get("/reclamations", "status", "orderId", PAGED),
            get("/reclamations/{reclamation}"),
            write("POST", "/reclamations/{reclamation}/close", "{\"!resolution\":\"Refunded\"}"),
            // comments
            write("POST", "/orders/{order}/comments", "{\"!message\":\"Called the customer\",\"visibility\":\"CUSTOMER\"}"),
            get("/orders/{order}/comments", PAGED),
            delete("/orders/{order}/comments/{comment}"),
            // attachments: the body is a file, see FuzzGenerator#upload
            write("POST", "/orders/{order}/attachments", "{}"),
            get("/orders/{order}/attachments", PAGED),
            get("/attachments/{attachment}"),
            get("/attachments/{attachment}/content"),
            delete("/attachments/{attachment}"),
            // shipping
            get("/shipping-methods", PAGED),
            write("POST", "/shipping-methods", "{\"!code\":\"FZ-NEW\",\"!name\":\"New\",\"!price\":\"4.90\","
                    + "\"!currency\":\"EUR\",\"freeAbove\":\"50.00\"}").kind("code", FieldKind.TEXT).forAdmins(),
            get("/shipping-methods/{method}"),
            write("PUT", "/shipping-methods/{method}", "{\"!name\":\"Renamed\",\"!price\":\"5.90\",\"!currency\":\"EUR\","
                    + "\"freeAbove\":\"60.00\"}").forAdmins(),
            delete("/shipping-methods/{method}").forAdmins(),
            get("/carriers", PAGED),
            write("POST", "/orders/{order}/shipments", "{\"!carrier\":\"DHL\",\"!trackingNumber\":\"JD0001\","
                    + "\"items\":[{\"!itemId\":\"{item}\",\"!quantity\":1}]}"),
            get("/orders/{order}/shipments", PAGED),
            get("/shipments/{shipment}"),
            write("PATCH", "/shipments/{shipment}", "{\"carrier\":\"UPS\",\"trackingNumber\":\"1Z999\"}"),
            write("POST", "/shipments/{shipment}/events", "{\"!status\":\"IN_TRANSIT\","
                    + "\"!occurredAt\":\"2026-11-20T10:00:00Z\",\"location\":\"Leipzig\",\"description\":\"Hub\"}"),
            // email
            get("/email-templates", PAGED),
            get("/email-templates/{template}"),
            write("PUT", "/email-templates/{template}", "{\"!subject\":\"Order ${order.number}\",\"!body\":\"Hello\","
                    + "\"format\":\"TEXT\"}").forAdmins(),
            delete("/email-templates/{template}").forAdmins(),
            write("POST", "/email-templates/{template}/preview", "{\"!orderId\":\"{order}\"}"),
            write("POST", "/orders/{order}/emails", "{\"!template\":\"order-confirmation\",\"to\":\"ann@example.com\"}",
                    "{\"!subject\":\"About your order\",\"!body\":\"Hello\",\"to\":\"ann@example.com\"}"),
            get("/orders/{order}/emails", PAGED));

    private Endpoints() {
    }
}
