package org.ordo.lifecycle.internal;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.ordo.api.config.Settings;
import org.ordo.api.error.ProblemException;
import org.ordo.api.order.OrderService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels open orders whose {@code expiresAt} has passed, as the user {@code system}, when enabled.
 * Each cancel is planned on the order's current version, so with several nodes an order is
 * cancelled once: the others find it no longer open.
 */
@Component(configurationPid = "org.ordo.lifecycle.expiry")
@Designate(ocd = ExpiredOrders.Config.class)
public class ExpiredOrders {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiredOrders.class);
    private static final int BATCH = 100;

    @ObjectClassDefinition(name = "Ordo order expiry")
    public @interface Config {
        @AttributeDefinition(description = "Cancel open orders whose expiresAt has passed")
        boolean autoCancel() default false;

        @AttributeDefinition(description = "Seconds between two looks for expired orders")
        long intervalSeconds() default 60;
    }

    private final OrderService orders;
    private final Lifecycle lifecycle;
    private final ScheduledExecutorService timer;

    @Activate
    public ExpiredOrders(@Reference OrderService orders, @Reference Lifecycle lifecycle, Config config) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ordo-order-expiry");
            t.setDaemon(true);
            return t;
        });
        if (config.autoCancel()) {
            long interval = Settings.atLeast("org.ordo.lifecycle.expiry", "intervalSeconds", config.intervalSeconds(), 1);
            timer.scheduleWithFixedDelay(this::cancelExpired, interval, interval, TimeUnit.SECONDS);
        }
    }

    void cancelExpired() {
        try {
            for (String orderId : orders.expiredOpenOrders(Instant.now(), BATCH)) {
                try {
                    lifecycle.perform(orderId, "cancel", "expired", null, Lifecycle.SYSTEM, false);
                } catch (ProblemException alreadyHandled) {
                    LOG.debug("Expired order {} not cancelled: {}", orderId, alreadyHandled.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Looking for expired orders failed; trying again at the next interval", e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
