package org.ordo.itests.extension;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Hashtable;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An integrator's bundle, {@code examples/ordo-example-extension}, dropped into {@code deploy/} of the
 * running distribution and taken out again, as an admin would: its actions, discount rule and
 * webhook come and go without a restart, and a broken bundle beside it harms nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExtensionIT {
    private static final String EXTENSION = "ordo.example.extension";

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(systemProperty(EXTENSION).value(System.getProperty(EXTENSION)));
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    private static Path deploy() {
        return Path.of(System.getProperty("karaf.base"), "deploy");
    }

    private static Path deployed() {
        return deploy().resolve("ordo-example-extension.jar");
    }

    private static void hotDeploy() throws IOException {
        Path staged = deploy().resolve("ordo-example-extension.jar.part");
        Files.copy(Path.of(System.getProperty(EXTENSION)), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, deployed(), StandardCopyOption.ATOMIC_MOVE);
    }

    private void undeploy() throws Exception {
        Files.deleteIfExists(deployed());
        await("the extension is gone", () -> bundle("org.ordo.example.extension") == null);
    }

    private static JsonNode actionNames(String orderId) {
        return viewer().get("/orders/" + orderId + "/actions?all=true").json();
    }

    private static boolean offers(String orderId, String action) {
        JsonNode actions = actionNames(orderId);
        for (JsonNode entry : actions.isArray() ? actions : actions.path("actions")) {
            if (action.equals(entry.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Never happened: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static Reply act(String orderId, String action) {
        return agent().post("/orders/" + orderId + "/actions/" + action, "{}");
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    // ================================================================ tests

    @Test
    public void aHotDeployedExtensionAddsHoldAndRemovingItKeepsHeldOrdersReadable() throws Exception {
        String sku = product("10.00", 100);
        String orderId = order(customer(), line(sku, 1)).get("id").asText();
        assertFalse(offers(orderId, "hold"));

        hotDeploy();
        await("hold is offered", () -> offers(orderId, "hold"));

        Reply held = act(orderId, "hold");
        assertEquals(held.toString(), 200, held.status());
        assertEquals("ON_HOLD", orderOf(orderId).get("status").asText());
        Reply cancel = act(orderId, "cancel");
        assertEquals(409, cancel.status());
        assertEquals("[\"release\"]", cancel.json().get("allowedActions").toString());
        assertEquals(409, act(orderId, "hold").status());

        Files.delete(deployed());
        await("hold is gone", () -> !offers(orderId, "hold") && !offers(orderId, "release"));
        assertEquals("ON_HOLD", orderOf(orderId).get("status").asText());
        assertEquals(404, act(orderId, "release").status());

        hotDeploy();
        await("release is back", () -> offers(orderId, "release"));
        assertEquals(200, act(orderId, "release").status());
        assertEquals("OPEN", orderOf(orderId).get("status").asText());
        undeploy();
    }

    @Test
    public void theExtensionsDiscountRuleAppliesFromItsConfiguredQuantity() throws Exception {
        String sku = product("10.00", 1000);
        hotDeploy();
        try {
            await("the discount rule is registered",
                    () -> "5.00".equals(order(customer(), line(sku, 10)).at("/totals/discount").asText()));
            JsonNode small = order(customer(), line(sku, 9));
            assertEquals("0.00", small.at("/totals/discount").asText());

            org.osgi.service.cm.Configuration discount = configurations.getConfiguration("org.ordo.example.discount", "?");
            Hashtable<String, Object> settings = new Hashtable<>();
            settings.put("minQuantity", "5");
            settings.put("percent", "10");
            discount.update(settings);
            await("the new threshold applies", () -> "9.00".equals(order(customer(), line(sku, 9)).at("/totals/discount").asText()));
            discount.delete();
        } finally {
            undeploy();
        }
    }

    @Test
    public void aBrokenBundleInDeployIsReportedAndHarmsNothing() throws Exception {
        Path broken = deploy().resolve("broken-extension.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "com.example.broken");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.ordo.api.lifecycle,com.example.missing.pkg");
        Path staged = deploy().resolve("broken-extension.part");
        try (OutputStream out = Files.newOutputStream(staged); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Files.move(staged, broken, StandardCopyOption.ATOMIC_MOVE);
        try {
            await("the broken bundle is installed", () -> bundle("com.example.broken") != null);

            String status = new AdminConsole(sessions).execute("ordo:status");
            assertTrue(status, status.contains("com.example.broken"));
            assertTrue(status, status.contains("com.example.missing.pkg"));
            assertTrue(status, status.contains("ordo-core"));
            assertTrue(status, status.contains("Apache Derby"));
            assertEquals(200, viewer().get("/health").status());
            String sku = product("3.00", 10);
            assertEquals("OPEN", order(customer(), line(sku, 1)).get("status").asText());
        } finally {
            Files.delete(broken);
        }
        await("the broken bundle is gone", () -> bundle("com.example.broken") == null);
    }

    @Test
    public void theWebhookPostsOrderEventsAndRetriesWhenRefused() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(1)) {
            hotDeploy();
            try {
                org.osgi.service.cm.Configuration webhook = configurations.getConfiguration("org.ordo.example.webhook", "?");
                Hashtable<String, Object> settings = new Hashtable<>();
                settings.put("url", receiver.url());
                settings.put("firstRetryMillis", "100");
                webhook.update(settings);
                await("the webhook listens", this::webhookActive);

                String orderId = order(customer(), line(product("2.00", 10), 1)).get("id").asText();

                JsonNode posted = receiver.awaitAccepted(orderId);
                assertEquals("CREATED", posted.get("type").asText());
                assertEquals("OPEN", posted.get("status").asText());
                assertEquals("agent", posted.get("actor").asText());
                assertTrue("the event carries the id a receiver deduplicates by", posted.get("eventId").asLong() > 0);
                assertTrue("the first attempt was refused, then retried", receiver.refusedAttempts() >= 1);
                webhook.delete();
            } finally {
                undeploy();
            }
        }
    }

    private boolean webhookActive() {
        try {
            return context.getServiceReferences(org.ordo.api.order.OrderEventListener.class.getName(),
                    "(component.name=org.ordo.example.extension.OrderWebhook)") != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
