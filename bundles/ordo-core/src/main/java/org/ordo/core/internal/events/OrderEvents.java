package org.ordo.core.internal.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every {@link OrderEventListener} of committed order changes, one event at a time on one
 * thread, so listeners hear them in commit order and never inside the writer's transaction. A
 * listener that fails is logged; the others still hear of the event.
 *
 * <p>Listeners are bound by reference and fetched at their first event, on the event thread: a
 * listener that itself needs the order service (a capability cleaning up after a cancelled order)
 * would otherwise be activated while that service is still being activated, a cycle that DS
 * resolves by failing the listener.
 */
@Component(service = OrderEvents.class)
public class OrderEvents {
    private static final Logger LOG = LoggerFactory.getLogger(OrderEvents.class);

    private final BundleContext context;
    private final List<ServiceReference<OrderEventListener>> listeners = new CopyOnWriteArrayList<>();
    private final Map<ServiceReference<OrderEventListener>, OrderEventListener> fetched = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ordo-order-events");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public OrderEvents(BundleContext context) {
        this.context = context;
    }

    @Reference(service = OrderEventListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addListener(ServiceReference<OrderEventListener> listener) {
        listeners.add(listener);
    }

    void removeListener(ServiceReference<OrderEventListener> listener) {
        listeners.remove(listener);
        if (fetched.remove(listener) != null) {
            context.ungetService(listener);
        }
    }

    /** Call after the change committed. */
    public void publish(OrderEvent event) {
        thread.execute(() -> deliver(event));
    }

    private void deliver(OrderEvent event) {
        for (ServiceReference<OrderEventListener> reference : listeners) {
            OrderEventListener listener = fetched.computeIfAbsent(reference, context::getService);
            if (listener == null) {
                continue;
            }
            try {
                listener.orderChanged(event);
            } catch (RuntimeException e) {
                LOG.error("Order event listener {} failed on {}", listener, event, e);
            }
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Order events still being delivered at shutdown were dropped");
            thread.shutdownNow();
        }
        fetched.keySet().forEach(context::ungetService);
        fetched.clear();
    }
}
