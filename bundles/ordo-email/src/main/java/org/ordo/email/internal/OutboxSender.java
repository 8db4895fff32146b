package org.ordo.email.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ordo.api.config.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox, one message at a time, on one thread of its own: it looks every
 * {@code pollSeconds}, at once when a message is queued on this node, and when the next retry is
 * due. A failed attempt is retried with exponential back-off until {@code maxAttempts}, then the
 * message is FAILED. Each configuration {@code org.ordo.email.sender-NAME.cfg} starts one sender; with
 * several nodes on one database, each node's sender has its own {@code node} name and the outbox's
 * claims make sure one of them sends each message.
 */
@Component(configurationPid = OutboxSender.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OutboxSender.Config.class, factory = true)
public class OutboxSender {
    static final String PID = "org.ordo.email.sender";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final long STOP_WAIT_SECONDS = 30;

    @ObjectClassDefinition(name = "Ordo email sender")
    public @interface Config {
        @AttributeDefinition(description = "This node's name in the outbox; default karaf.name@host")
        String node() default "";

        @AttributeDefinition(description = "Attempts before a message is FAILED")
        int maxAttempts() default 8;

        @AttributeDefinition(description = "Seconds before the first retry; each next one waits twice as long")
        long initialDelaySeconds() default 30;

        @AttributeDefinition(description = "Seconds a retry waits at most")
        long maxDelaySeconds() default 3600;

        @AttributeDefinition(description = "Seconds between two looks at the outbox")
        long pollSeconds() default 10;

        @AttributeDefinition(description = "Seconds a claimed message is this node's; after that another node may send"
                + " it again (this node died mid-send). Longer than an SMTP conversation can take.")
        long leaseSeconds() default 300;
    }

    private final Outbox outbox;
    private final MailTransports transports;
    private final String node;
    private final int maxAttempts;
    private final Backoff backoff;
    private final Duration poll;
    private final Duration lease;
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Runnable wakeUp = this::wakeUp;
    private volatile boolean running = true;
    private ScheduledFuture<?> nextLook;

    @Activate
    public OutboxSender(@Reference Outbox outbox, @Reference MailTransports transports, Config config) {
        this.outbox = outbox;
        this.transports = transports;
        this.node = Settings.nodeName(config.node());
        this.maxAttempts = Settings.atLeast(PID, "maxAttempts", config.maxAttempts(), 1);
        long initialDelay = Settings.atLeast(PID, "initialDelaySeconds", config.initialDelaySeconds(), 1);
        this.backoff = new Backoff(Duration.ofSeconds(initialDelay),
                Duration.ofSeconds(Settings.atLeast(PID, "maxDelaySeconds", config.maxDelaySeconds(), initialDelay)));
        this.poll = Duration.ofSeconds(Settings.atLeast(PID, "pollSeconds", config.pollSeconds(), 1));
        this.lease = Duration.ofSeconds(Settings.atLeast(PID, "leaseSeconds", config.leaseSeconds(), 10));
        this.thread = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "ordo-email-sender-" + node));
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setRemoveOnCancelPolicy(true);
        outbox.onEnqueue(wakeUp);
        thread.execute(this::deliverDue);
        LOG.info("Email sender {} started: {} attempts, back-off {} to {}, to {}", node, maxAttempts, backoff.initial(),
                backoff.max(), transports.describe());
    }


    /** Lets the current message finish rather than interrupting it mid-conversation, then ends the thread. */
    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        outbox.removeOnEnqueue(wakeUp);
        thread.shutdown();
        if (!thread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("Email sender {} still busy after {} s; interrupting it", node, STOP_WAIT_SECONDS);
            thread.shutdownNow();
            thread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void wakeUp() {
        if (running && wakeUpPending.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    wakeUpPending.set(false);
                    deliverDue();
                });
            } catch (RejectedExecutionException stopping) {
                wakeUpPending.set(false);
            }
        }
    }

    /**
     * Runs on the sender's thread only. Whatever happens, the next look is scheduled: an error escaping
     * here would otherwise end the sender silently, its executor keeping the error to itself.
     */
    private void deliverDue() {
        Duration wait = poll;
        try {
            Optional<OutboxMessage> next;
            while (running && (next = outbox.claimNext(node, lease, Instant.now())).isPresent()) {
                deliver(next.get());
            }
            wait = untilNextDue();
        } catch (RuntimeException | Error e) {
            LOG.warn("Email sender {} could not read the outbox; trying again in {}", node, poll, e);
        } finally {
            lookAgainIn(wait);
        }
    }

    private void deliver(OutboxMessage message) {
        try {
            transports.deliver(message);
            if (!outbox.sent(message, node, Instant.now())) {
                LOG.warn("Email {} was sent, but its claim had passed to another node meanwhile", message.id());
            }
        } catch (Exception e) {
            String error = describe(e);
            boolean last = message.attempt() >= maxAttempts;
            Instant retryAt = last ? null : Instant.now().plus(backoff.after(message.attempt()));
            LOG.info("Email {} attempt {} of {} failed: {}{}", message.id(), message.attempt(), maxAttempts, error,
                    last ? "; it is FAILED" : "; next attempt at " + retryAt);
            outbox.attemptFailed(message, node, error, retryAt);
        }
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private Duration untilNextDue() {
        return outbox.nextDue().map(due -> Duration.between(Instant.now(), due)).filter(wait -> wait.compareTo(poll) < 0)
                .orElse(poll);
    }

    private void lookAgainIn(Duration wait) {
        if (!running) {
            return;
        }
        if (nextLook != null) {
            nextLook.cancel(false);
        }
        try {
            nextLook = thread.schedule(this::deliverDue, Math.max(50, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Email sender {} is stopping", node);
        }
    }
}
