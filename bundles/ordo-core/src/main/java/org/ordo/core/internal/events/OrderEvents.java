package org.ordo.core.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.config.Settings;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.ordo.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Tells every {@link OrderEventListener} of committed order changes, one event at a time on one
 * thread, so listeners hear them in the order they were recorded and never inside the writer's
 * transaction. A listener that fails is logged; the others still hear of the event.
 *
 * <p>An event is recorded in the writer's transaction ({@link #record}) and deleted once every
 * listener heard it, so a crash between the commit and the telling loses nothing: the next start
 * tells it. With several nodes on one database, a node claims a batch of events for
 * {@code leaseSeconds} before telling them; another node takes over what a dead node had claimed
 * once the lease runs out.
 *
 * <p>Listeners are bound by reference and fetched at their first event, on the event thread: a
 * listener that itself needs the order service (a capability cleaning up after a cancelled order)
 * would otherwise be activated while that service is still being activated, a cycle that DS
 * resolves by failing the listener.
 */
@Component(service = OrderEvents.class, configurationPid = OrderEvents.PID)
@Designate(ocd = OrderEvents.Config.class)
public class OrderEvents {
    static final String PID = "org.ordo.core.events";
    private static final Logger LOG = LoggerFactory.getLogger(OrderEvents.class);
    private static final int BATCH = 100;
    private static final long STOP_WAIT_SECONDS = 10;
    private static final long BOOT_WAIT_SECONDS = 300;
    private static final long LISTENER_WAIT_SECONDS = 60;
    private static final String BOOT_FINISHED = "(objectClass=org.apache.karaf.features.BootFinished)";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ObjectClassDefinition(name = "Ordo order events")
    public @interface Config {
        @AttributeDefinition(description = "This node's name in the event table's claims; default karaf.name@host."
                + " Each node sharing a database needs its own.")
        String node() default "";

        @AttributeDefinition(description = "Seconds a node's claim on events lasts; after that another node tells them"
                + " again (the first one died while telling them)")
        long leaseSeconds() default 60;

        @AttributeDefinition(description = "Seconds between two looks for events recorded by other nodes or left behind")
        long pollSeconds() default 5;
    }

    private final BundleContext context;
    private final Transactions tx;
    private final String node;
    private final Duration lease;
    private final long pollMillis;
    private final List<ServiceReference<OrderEventListener>> listeners = new CopyOnWriteArrayList<>();
    private final Map<ServiceReference<OrderEventListener>, OrderEventListener> fetched = new ConcurrentHashMap<>();
    private final ListenerReadiness readiness;
    private final Semaphore recorded = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    @Activate
    public OrderEvents(BundleContext context, @Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa,
            @Reference ServiceComponentRuntime components, Config config) {
        this.context = context;
        this.tx = new Transactions(jpa);
        this.readiness = new ListenerReadiness(components, LISTENER_WAIT_SECONDS);
        this.node = Settings.nodeName(config.node());
        this.lease = Duration.ofSeconds(Settings.atLeast(PID, "leaseSeconds", config.leaseSeconds(), 1));
        this.pollMillis = TimeUnit.SECONDS.toMillis(Settings.atLeast(PID, "pollSeconds", config.pollSeconds(), 1));
        this.thread = new Thread(this::tellUntilStopped, "ordo-order-events");
        thread.setDaemon(true);
        thread.start();
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

    /** Records the event within the transaction of the change; call {@link #committed()} after the commit. */
    public void record(EntityManager em, OrderEvent event) {
        PendingEventEntity pending = new PendingEventEntity();
        pending.type = event.type().name();
        pending.orderId = Long.valueOf(event.orderId());
        pending.fromStatus = event.fromStatus();
        pending.actor = event.actor();
        pending.at = event.at();
        try {
            pending.order = JSON.writeValueAsString(event.order());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An order could not be written as JSON", e);
        }
        em.persist(pending);
    }

    /** Wakes the event thread: a transaction that recorded events has committed. */
    public void committed() {
        recorded.release();
    }

    private void tellUntilStopped() {
        try {
            awaitBootFinished();
            readiness.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        releaseOwnClaims();
        while (running) {
            try {
                List<PendingEventEntity> batch = claimBatch();
                if (batch.isEmpty()) {
                    recorded.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    recorded.drainPermits();
                    continue;
                }
                for (PendingEventEntity pending : batch) {
                    tell(toEvent(pending));
                }
                String claim = batch.get(0).claim;
                tx.run(em -> em.createQuery("DELETE FROM PendingEventEntity e WHERE e.claim = :claim")
                        .setParameter("claim", claim).executeUpdate());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away or refused: the events stay recorded and are told on a later look
                LOG.warn("Order events could not be read or cleared; trying again in {} ms", pollMillis, e);
                sleepQuietly();
            }
        }
    }

    /**
     * Events left from before a restart are told once Karaf has started every boot feature: told
     * earlier, they would reach only the listeners whose bundles happened to be up already.
     */
    private void awaitBootFinished() throws InterruptedException {
        ServiceTracker<Object, Object> boot;
        try {
            boot = new ServiceTracker<>(context, context.createFilter(BOOT_FINISHED), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(BOOT_WAIT_SECONDS);
        boot.open();
        try {
            if (boot.waitForService(TimeUnit.SECONDS.toMillis(BOOT_WAIT_SECONDS)) == null) {
                LOG.warn("Karaf has not finished starting after {} s; telling order events anyway", BOOT_WAIT_SECONDS);
                return;
            }
        } finally {
            boot.close();
        }
        // On a restart Karaf reports the boot finished (its features are installed) while the framework
        // is still starting their bundles
        FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class);
        int beginning = Integer.parseInt(String.valueOf(
                Objects.requireNonNullElse(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL), "1")).trim());
        while (framework.getStartLevel() < beginning && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    /**
     * A node that restarts takes back at once what it had claimed before it stopped, rather than
     * waiting out its own lease: those events were cut short and must be told again.
     */
    private void releaseOwnClaims() {
        try {
            int released = tx.inTransaction(em -> em.createQuery(
                    "UPDATE PendingEventEntity e SET e.claimedBy = NULL, e.claim = NULL, e.leaseUntil = NULL"
                    + " WHERE e.claimedBy = :node").setParameter("node", node).executeUpdate());
            if (released > 0) {
                LOG.info("{} order events claimed before this node stopped are told again", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Order events claimed before this node stopped will be told once their lease ends", e);
        }
    }

    /** Claims the oldest events nobody holds, or whose holder's lease ran out, and answers them in order. */
    private List<PendingEventEntity> claimBatch() {
        String claim = UUID.randomUUID().toString();
        Instant now = Instant.now();
        return tx.inTransaction(em -> {
            List<Long> free = em.createQuery("SELECT e.id FROM PendingEventEntity e"
                    + " WHERE e.claim IS NULL OR e.leaseUntil < :now ORDER BY e.id", Long.class)
                    .setParameter("now", now).setMaxResults(BATCH).getResultList();
            if (free.isEmpty()) {
                return List.of();
            }
            em.createQuery("UPDATE PendingEventEntity e SET e.claimedBy = :node, e.claim = :claim, e.leaseUntil = :lease"
                    + " WHERE e.id <= :last AND (e.claim IS NULL OR e.leaseUntil < :now)")
                    .setParameter("node", node).setParameter("claim", claim).setParameter("lease", now.plus(lease))
                    .setParameter("last", free.get(free.size() - 1)).setParameter("now", now).executeUpdate();
            return em.createQuery("SELECT e FROM PendingEventEntity e WHERE e.claim = :claim ORDER BY e.id",
                    PendingEventEntity.class).setParameter("claim", claim).getResultList();
        });
    }

    private static OrderEvent toEvent(PendingEventEntity pending) {
        try {
            return new OrderEvent(pending.id, OrderEvent.Type.valueOf(pending.type), JSON.readValue(pending.order, OrderDTO.class),
                    pending.fromStatus, pending.actor, pending.at);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Order event " + pending.id + " holds an order that cannot be read", e);
        }
    }

    private void tell(OrderEvent event) {
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

    private void sleepQuietly() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }


    /** Lets the batch being told finish; what is left stays recorded for the next start. */
    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        recorded.release();
        thread.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        if (thread.isAlive()) {
            LOG.warn("Order events still being told at shutdown will be told again at the next start");
            thread.interrupt();
        }
        fetched.keySet().forEach(context::ungetService);
        fetched.clear();
    }
}
