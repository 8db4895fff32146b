package org.ordo.lifecycle.internal.process;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The item process in force, from {@code etc/org.ordo.lifecycle.process.cfg}. A definition that does
 * not validate is refused with an error naming each mistake, and the process in force stays.
 */
@Component(service = ItemProcesses.class, configurationPid = "org.ordo.lifecycle.process")
@Designate(ocd = ItemProcesses.Config.class)
public class ItemProcesses {
    private static final Logger LOG = LoggerFactory.getLogger(ItemProcesses.class);

    @ObjectClassDefinition(name = "Ordo item process", description = "The states of order items and the events that move them")
    public @interface Config {
        @AttributeDefinition(description = "The state of a new item")
        String initial() default "NEW";

        @AttributeDefinition(description = "Transitions separated by commas, each 'event: FROM|FROM2 > TO'")
        String transitions() default "pay: NEW > PAID, ship: PAID > SHIPPED, deliver: SHIPPED > DELIVERED,"
                + " close: DELIVERED > CLOSED, cancel: NEW|PAID > CANCELLED, return: SHIPPED|DELIVERED > RETURNED";

        @AttributeDefinition(description = "States of items that have left the warehouse, separated by commas")
        String shippedStates() default "SHIPPED, DELIVERED, CLOSED, RETURNED";

        @AttributeDefinition(description = "States of items that no longer count and hold no stock, separated by commas")
        String cancelledStates() default "CANCELLED";
    }

    private volatile ItemProcess current = ItemProcessParser.defaultProcess();

    @Activate
    @Modified
    void configure(Config config) {
        try {
            current = ItemProcessParser.parse(config.initial(), list(config.transitions()), list(config.shippedStates()),
                    list(config.cancelledStates()));
            LOG.info("Item process: {}", current.transitions());
        } catch (IllegalArgumentException e) {
            LOG.error("{} (etc/org.ordo.lifecycle.process.cfg); keeping the process in force", e.getMessage());
        }
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public ItemProcess current() {
        return current;
    }
}
