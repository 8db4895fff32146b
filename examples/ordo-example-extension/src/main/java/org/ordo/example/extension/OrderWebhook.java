package org.ordo.example.extension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts every order event as JSON to a webhook. Ordo calls listeners one at a time on its event
 * thread, so the posting happens on a thread of this component: a slow or failing webhook delays
 * nobody. A failed post is retried with growing pauses; after the last attempt the event is logged
 * and dropped. Active only once {@code etc/org.ordo.example.webhook.cfg} names a URL.
 */
@Component(configurationPid = OrderWebhook.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OrderWebhook.Config.class)
public class OrderWebhook implements OrderEventListener {
    public static final String PID = "org.ordo.example.webhook";
    private static final Logger LOG = LoggerFactory.getLogger(OrderWebhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ObjectClassDefinition(name = "Ordo example: order webhook")
    public @interface Config {
        @AttributeDefinition(description = "Where order events are posted (http or https)")
        String url();

        @AttributeDefinition(description = "Attempts per event before it is dropped", min = "1")
        int maxAttempts() default 5;

        @AttributeDefinition(description = "Pause before the first retry, in milliseconds; doubles each time", min = "1")
        long firstRetryMillis() default 1000;
    }

    private final URI url;
    private final int maxAttempts;
    private final long firstRetryMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "ordo-example-webhook"));

    @Activate
    public OrderWebhook(Config config) {
        this.url = URI.create(config.url().trim());
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException(PID + ": url must be an http or https URL, not '" + config.url() + "'");
        }
        this.maxAttempts = config.maxAttempts();
        this.firstRetryMillis = config.firstRetryMillis();
    }

    @Deactivate
    void stop() {
        sender.shutdownNow();
    }

    @Override
    public void orderChanged(OrderEvent event) {
        String body = json(event);
        sender.execute(() -> post(event, body, 1));
    }

    private void post(OrderEvent event, String body, int attempt) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return;
            }
            retry(event, body, attempt, "HTTP " + response.statusCode());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            retry(event, body, attempt, e.toString());
        }
    }

    private void retry(OrderEvent event, String body, int attempt, String failure) {
        if (attempt >= maxAttempts) {
            LOG.warn("Gave up posting {} to {} after {} attempts; last: {}", event, url, attempt, failure);
            return;
        }
        long pause = firstRetryMillis << Math.min(attempt - 1, 16);
        LOG.debug("Posting {} to {} failed ({}); retrying in {} ms", event, url, failure, pause);
        if (!sender.isShutdown()) {
            sender.schedule(() -> post(event, body, attempt + 1), pause, TimeUnit.MILLISECONDS);
        }
    }

    static String json(OrderEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        // Ordo tells an event at least once; the receiver recognises a second telling by this id
        body.put("eventId", event.id());
        body.put("type", event.type().name());
        body.put("orderId", event.orderId());
        body.put("number", event.order().number);
        body.put("status", event.toStatus());
        body.put("fromStatus", event.fromStatus());
        body.put("actor", event.actor());
        body.put("at", event.at().toString());
        body.put("grandTotal", event.order().totals == null ? null : event.order().totals.grandTotal.toPlainString());
        body.put("currency", event.order().currency);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always writes as JSON", e);
        }
    }
}
