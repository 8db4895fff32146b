package org.ordo.email.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ordo.api.error.ProblemException;
import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails the customer when an order changes status, with the template configured for the new
 * status in {@code etc/org.ordo.email.notifications.cfg}: {@code status.SHIPPED = order-shipped},
 * {@code status.CANCELLED = order-cancelled} unless told otherwise, any other status likewise, and
 * {@code created = order-confirmation} to confirm new orders (off by default). An empty value turns
 * one off, {@code enabled = false} all of them. An order whose customer has no email is skipped.
 */
@Component(configurationPid = "org.ordo.email.notifications")
@Designate(ocd = Notifications.Config.class)
public class Notifications implements OrderEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    static final String STATUS_PREFIX = "status.";
    static final String ACTOR = "notification";

    @ObjectClassDefinition(name = "Ordo email notifications", description = "Which template is sent on which order event;"
            + " further statuses as status.<STATUS> = <template>")
    public @interface Config {
        @AttributeDefinition(description = "Send notifications at all")
        boolean enabled() default true;

        @AttributeDefinition(description = "Template sent when an order is created; empty for none")
        String created() default "";

        @AttributeDefinition(name = "status.SHIPPED", description = "Template sent when an order ships; empty for none")
        String status_SHIPPED() default "order-shipped";

        @AttributeDefinition(name = "status.CANCELLED", description = "Template sent when an order is cancelled; empty for none")
        String status_CANCELLED() default "order-cancelled";
    }

    private final Emails emails;
    private final boolean enabled;
    private final String onCreated;
    private final Map<String, String> onStatus;

    @Activate
    public Notifications(@Reference Emails emails, Config config, Map<String, Object> properties) {
        this.emails = emails;
        this.enabled = config.enabled();
        this.onCreated = config.created().trim();
        this.onStatus = statusTemplates(config, properties);
    }

    static Map<String, String> statusTemplates(Config config, Map<String, Object> properties) {
        Map<String, String> templates = new TreeMap<>();
        templates.put(OrderStatus.SHIPPED, config.status_SHIPPED().trim());
        templates.put(OrderStatus.CANCELLED, config.status_CANCELLED().trim());
        properties.forEach((key, value) -> {
            if (key.startsWith(STATUS_PREFIX) && value != null) {
                templates.put(key.substring(STATUS_PREFIX.length()).toUpperCase(Locale.ROOT), value.toString().trim());
            }
        });
        templates.values().removeIf(String::isEmpty);
        return templates;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (!enabled) {
            return;
        }
        String template = switch (event.type()) {
        case CREATED -> onCreated;
        case STATUS_CHANGED -> onStatus.getOrDefault(event.toStatus(), "");
        default -> "";
        };
        if (template.isEmpty()) {
            return;
        }
        try {
            EmailDTO queued = emails.notify(event.order(), template, event.id(), ACTOR);
            LOG.debug("Order {} {}: email {} queued with {}", event.order().number, event.type(), queued.id, template);
        } catch (ProblemException e) {
            LOG.warn("Order {} {}: no {} email sent: {}", event.order().number, event.type(), template,
                    String.join("; ", e.reasons()));
        }
    }
}
