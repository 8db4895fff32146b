package org.ordo.core.internal.events;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the first telling of events after a start while an {@link OrderEventListener} that a started
 * bundle declares is still waiting for what it needs: its own persistence unit, which may open after
 * Karaf reports the boot finished (seconds later on PostgreSQL). An event told meanwhile would pass
 * that capability by for good: a customer never notified. A listener still unsatisfied after the wait
 * is logged and not waited for.
 */
final class ListenerReadiness {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerReadiness.class);
    private static final String LISTENER = OrderEventListener.class.getName();
    private static final long CHECK_MILLIS = 200;

    private final ServiceComponentRuntime components;
    private final long waitMillis;

    ListenerReadiness(ServiceComponentRuntime components, long waitSeconds) {
        this.components = components;
        this.waitMillis = TimeUnit.SECONDS.toMillis(waitSeconds);
    }

    /** Returns once no declared listener waits for a reference, or after the wait. */
    void await() throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        List<String> waiting = waiting();
        if (waiting.isEmpty()) {
            return;
        }
        while (!waiting.isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                LOG.warn("Order events are told without these listeners, still waiting for a service after {} s: {}",
                        TimeUnit.MILLISECONDS.toSeconds(waitMillis), waiting);
                return;
            }
            Thread.sleep(CHECK_MILLIS);
            waiting = waiting();
        }
        // A component counts as satisfied just before its service is registered and bound to the event thread
        Thread.sleep(CHECK_MILLIS);
    }

    private List<String> waiting() {
        return components.getComponentDescriptionDTOs().stream()
                .filter(description -> Arrays.asList(description.serviceInterfaces).contains(LISTENER))
                .filter(components::isComponentEnabled)
                .filter(this::waitsForAReference)
                .map(description -> description.name)
                .toList();
    }

    private boolean waitsForAReference(ComponentDescriptionDTO description) {
        return components.getComponentConfigurationDTOs(description).stream()
                .anyMatch(configuration -> configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
    }
}
