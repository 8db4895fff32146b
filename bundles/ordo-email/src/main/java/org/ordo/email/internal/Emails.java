package org.ordo.email.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.customer.CustomerService;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.shipping.OrderShipments;
import org.ordo.api.order.OrderService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Emails about an order: renders an admin's template (FreeMarker) or fills in an agent's own text
 * ({@link Placeholders}) for the order and its customer, checks the recipient and headers, and puts
 * the result in the outbox. Whatever is refused leaves nothing queued. An email goes to the order's
 * customer unless an admin sends it elsewhere ({@link Recipients#forOrder}).
 */
@Component(service = Emails.class)
public class Emails {
    private final OrderService orders;
    private final CustomerService customers;
    private final Templates templates;
    private final Outbox outbox;
    private final MailTransports transports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrderShipments shipments;

    @Activate
    public Emails(@Reference OrderService orders, @Reference CustomerService customers, @Reference Templates templates,
            @Reference Outbox outbox, @Reference MailTransports transports) {
        this.orders = orders;
        this.customers = customers;
        this.templates = templates;
        this.outbox = outbox;
        this.transports = transports;
    }

    /** @param admin whether the actor is an Ordo admin, who may send to another address than the customer's */
    public EmailDTO send(String orderId, SendRequestDTO request, String actor, boolean admin) {
        SendRequestDTO r = request == null ? new SendRequestDTO() : request;
        boolean ownText = r.subject != null || r.body != null;
        Violations v = new Violations();
        v.check(r.template != null && ownText, "template", "give either a template or a subject and body, not both");
        v.check(r.template == null && !ownText, "template", "give a template, or a subject and body");
        v.check(r.template == null && ownText && (r.body == null || r.body.isBlank()), "body", "is required");
        v.check(r.body != null && r.body.length() > Templates.MAX_BODY, "body",
                "must be at most " + Templates.MAX_BODY + " characters");
        v.throwIfAny();
        if (ownText) {
            Recipients.subject("subject", r.subject);
        }
        OrderDTO order = orders.get(orderId);
        CustomerDTO customer = customerOf(order);
        String to = Recipients.forOrder(r.to, customerEmail(customer), admin);
        Map<String, Object> model = model(order, customer);
        RenderedEmail email = r.template != null ? templates.render(r.template, model)
                : Placeholders.render(r.subject, r.body, Format.parse("format", r.format), model);
        return outbox.enqueue(order.id, r.template, to, email, newMessageId(), actor);
    }

    private Map<String, Object> model(OrderDTO order, CustomerDTO customer) {
        OrderShipments installed = shipments;
        return EmailModel.of(order, customer, installed == null ? List.of() : installed.of(order.id),
                templates.checkoutBaseUrl());
    }

    /**
     * A template sent to the order's customer for an order event. Its Message-ID is made from the
     * event, so an event told again after a crash finds its email already queued and queues no second.
     */
    public EmailDTO notify(OrderDTO order, String template, long orderEventId, String actor) {
        CustomerDTO customer = customerOf(order);
        String to = Recipients.forOrder(null, customerEmail(customer), false);
        RenderedEmail email = templates.render(template, model(order, customer));
        String messageId = "<order-event-" + orderEventId + "." + template + "@" + transports.messageIdDomain() + ">";
        return outbox.enqueue(order.id, template, to, email, messageId, actor);
    }

    public PreviewDTO preview(String template, String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ValidationException("orderId", "is required");
        }
        templates.get(template);
        OrderDTO order = orders.get(orderId);
        CustomerDTO customer = customerOf(order);
        RenderedEmail email = templates.render(template, model(order, customer));
        PreviewDTO preview = new PreviewDTO();
        preview.template = template;
        preview.orderId = order.id;
        preview.to = customer == null || customer.email == null || customer.email.isBlank() ? null : customer.email;
        preview.subject = email.subject();
        preview.body = email.body();
        preview.format = email.format().name();
        return preview;
    }

    private CustomerDTO customerOf(OrderDTO order) {
        return order.customerId == null ? null : customers.find(order.customerId).orElse(null);
    }

    private static String customerEmail(CustomerDTO customer) {
        return customer == null ? null : customer.email;
    }

    /** Made at enqueue and kept, so a message sent again after a crash carries the same one. */
    private String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + transports.messageIdDomain() + ">";
    }
}
