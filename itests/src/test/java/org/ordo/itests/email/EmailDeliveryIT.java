package org.ordo.itests.email;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.uniqueEmail;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.inject.Inject;
import javax.mail.internet.MimeMessage;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.Capability;
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
 * The outbox's promises, against a real SMTP server (GreenMail) that a test takes down and brings up:
 * retries with back-off while the server is down, FAILED after the configured attempts and a retry
 * from the console, a queued email that survives a restart of the bundle, a second node that never
 * sends a message twice, and the file transport.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmailDeliveryIT {
    private static final MailServer SMTP = new MailServer();

    @Inject
    ConfigurationAdmin configurations;

    @Inject
    SessionFactory sessions;

    @Inject
    BundleContext bundles;

    private AdminConsole console;
    private EmailSettings settings;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(MailServer.bundle());
    }

    @Before
    public void smtpConfiguredButDown() throws Exception {
        CoreFixtures.awaitCore();
        Capability.await(Capability.EMAIL);
        console = new AdminConsole(sessions);
        console.await("email:outbox --size 1");
        settings = new EmailSettings(configurations, console);
        SMTP.stop();
        settings.smtp(SMTP.port());
    }

    @After
    public void smtpDown() {
        SMTP.stop();
    }

    // ================================================================ helpers

    private static Map<String, String> sender(int maxAttempts, int initialDelaySeconds, int maxDelaySeconds) {
        return Map.of("maxAttempts", String.valueOf(maxAttempts), "initialDelaySeconds", String.valueOf(initialDelaySeconds),
                "maxDelaySeconds", String.valueOf(maxDelaySeconds), "pollSeconds", "1", "leaseSeconds", "60");
    }

    private static JsonNode newOrder(String email) {
        String customerId = customer("Ray", "Tester", email).get("id").asText();
        return order(customerId, line(product("9.00", 50), 1));
    }

    private static String path(JsonNode order) {
        return "/orders/" + order.get("id").asText() + "/emails";
    }

    private static String queue(JsonNode order, String template) {
        Reply reply = agent().post(path(order), obj("template", template).toString());
        assertEquals(reply.toString(), 202, reply.status());
        return reply.text("/id");
    }

    private static JsonNode emailOf(JsonNode order, String emailId) {
        Reply reply = viewer().get(path(order));
        assertEquals(reply.toString(), 200, reply.status());
        return items(reply).stream().filter(e -> e.get("id").asText().equals(emailId)).findFirst()
                .orElseThrow(() -> new AssertionError("no email " + emailId + " in " + reply));
    }

    private static JsonNode await(JsonNode order, String emailId, Predicate<JsonNode> condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonNode email = emailOf(order, emailId);
            if (condition.test(email)) {
                return email;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("email " + emailId + " never " + what + ": " + email);
            }
            MailServer.sleep(50);
        }
    }

    private static Predicate<JsonNode> status(String status) {
        return email -> status.equals(email.get("status").asText());
    }

    private Bundle emailBundle() {
        for (Bundle bundle : bundles.getBundles()) {
            if ("org.ordo.email".equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no org.ordo.email bundle");
    }

    // ================================================================ retries

    @Test
    public void whileTheServerIsDownAttemptsAreRetriedWithBackOffAndTheMailIsSentWhenItIsUp() throws Exception {
        settings.mainSender("node-" + unique(), sender(10, 1, 2));
        String to = uniqueEmail("retry");
        JsonNode order = newOrder(to);
        String emailId = queue(order, "order-confirmation");

        JsonNode failing = await(order, emailId, e -> e.get("attempts").asInt() >= 2, "retried");
        assertEquals(failing.toString(), "QUEUED", failing.get("status").asText());
        assertTrue(failing.toString(), failing.path("lastError").asText().toLowerCase().contains("connect"));
        assertTrue(failing.toString(), failing.path("sentAt").isMissingNode() || failing.path("sentAt").isNull());

        SMTP.start();
        MimeMessage mail = SMTP.awaitOne(to);
        JsonNode sent = await(order, emailId, status("SENT"), "SENT");
        assertTrue(sent.toString(), sent.get("attempts").asInt() >= 3);
        assertEquals(sent.get("messageId").asText(), MailServer.header(mail, "Message-ID"));
        MailServer.sleep(1500);
        assertEquals("sent once", 1, SMTP.receivedBy(to).size());
    }

    @Test
    public void afterTheConfiguredAttemptsTheMailIsFailedAndCanBeRetriedFromTheConsole() throws Exception {
        settings.mainSender("node-" + unique(), sender(3, 1, 4));
        String to = uniqueEmail("failed");
        JsonNode order = newOrder(to);
        long failedBefore = viewer().get("/dashboard").json().get("failedEmails").asLong();
        String emailId = queue(order, "order-shipped");

        await(order, emailId, e -> e.get("attempts").asInt() >= 1, "attempted");
        long firstAttempt = System.nanoTime();
        JsonNode failed = await(order, emailId, status("FAILED"), "FAILED");
        long elapsedMillis = (System.nanoTime() - firstAttempt) / 1_000_000;
        assertEquals(failed.toString(), 3, failed.get("attempts").asInt());
        assertFalse(failed.toString(), failed.path("lastError").asText().isEmpty());
        // Back-off of 1 s, then 2 s, between the three attempts
        assertTrue("FAILED after " + elapsedMillis + " ms", elapsedMillis >= 2500);
        MailServer.sleep(2500);
        assertEquals("no attempt after the last", 3, emailOf(order, emailId).get("attempts").asInt());
        assertEquals(failedBefore + 1, viewer().get("/dashboard").json().get("failedEmails").asLong());
        String outbox = console.execute("email:outbox --status FAILED");
        assertTrue(outbox, outbox.contains(to));

        SMTP.start();
        String retried = console.execute("email:retry " + emailId);
        assertTrue(retried, retried.contains("QUEUED"));
        SMTP.awaitOne(to);
        JsonNode sent = await(order, emailId, status("SENT"), "SENT");
        assertEquals(sent.toString(), 1, sent.get("attempts").asInt());
        assertEquals(failedBefore, viewer().get("/dashboard").json().get("failedEmails").asLong());
        AdminConsole.assertClearError(console.execute("email:retry " + emailId), "FAILED");
    }

    // ================================================================ restart

    @Test
    public void aQueuedMailSurvivesARestartOfTheBundleAndItsSenderStopsCleanly() throws Exception {
        settings.mainSender("node-" + unique(), sender(20, 1, 1));
        String to = uniqueEmail("restart");
        JsonNode order = newOrder(to);
        String emailId = queue(order, "order-confirmation");
        await(order, emailId, e -> e.get("attempts").asInt() >= 1, "attempted");

        Bundle bundle = emailBundle();
        bundle.stop();
        assertFalse("no email thread is left once the bundle stopped", EmailSettings.anyEmailThread());
        SMTP.start();
        MailServer.sleep(1500);
        assertEquals("nothing is sent while the bundle is stopped", List.of(), SMTP.receivedBy(to));

        bundle.start();
        Capability.await(Capability.EMAIL);
        MimeMessage mail = SMTP.awaitOne(to);
        JsonNode sent = await(order, emailId, status("SENT"), "SENT");
        assertEquals(sent.get("messageId").asText(), MailServer.header(mail, "Message-ID"));
        console.await("email:outbox --size 1");
    }

    // ================================================================ two nodes

    @Test
    public void withASecondNodeOnTheSameDatabaseEachMailIsSentOnce() throws Exception {
        String first = "node-a-" + unique();
        String second = "node-b-" + unique();
        settings.mainSender(first, sender(5, 1, 1));
        org.osgi.service.cm.Configuration secondNode = settings.addSender(second, sender(5, 1, 1));
        try {
            SMTP.start();
            String to = uniqueEmail("twice");
            JsonNode order = newOrder(to);
            int count = 30;
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(queue(order, i % 2 == 0 ? "order-confirmation" : "order-checkout-link"));
            }
            Set<String> senders = new HashSet<>();
            for (String id : ids) {
                senders.add(await(order, id, status("SENT"), "SENT").get("sentBy").asText());
            }
            assertTrue(senders.toString(), Set.of(first, second).containsAll(senders));
            MailServer.sleep(1500);
            List<MimeMessage> received = SMTP.receivedBy(to);
            assertEquals("each of " + count + " sent exactly once, by " + senders, count, received.size());
            Set<String> messageIds = new HashSet<>();
            received.forEach(m -> messageIds.add(MailServer.header(m, "Message-ID")));
            assertEquals(count, messageIds.size());
        } finally {
            settings.removeSender(secondNode, second);
        }
    }

    /**
     * A node that claimed a message and then hangs mid-send (as a node that died does, seen from the
     * database) holds it only until its lease ends: another node sends it then, with the same
     * Message-ID, and the stale node's late outcome changes nothing.
     */
    @Test
    public void aMessageWhoseNodeHangsMidSendIsSentByAnotherNodeWhenTheLeaseEnds() throws Exception {
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Connections complete in the backlog and are never answered
            settings.smtp(blackHole.getLocalPort(), 20_000);
            String stuck = "node-stuck-" + unique();
            Map<String, String> shortLease = Map.of("maxAttempts", "5", "initialDelaySeconds", "1", "maxDelaySeconds", "1",
                    "pollSeconds", "1", "leaseSeconds", "10");
            settings.mainSender(stuck, shortLease);
            String to = uniqueEmail("crash");
            JsonNode order = newOrder(to);
            String emailId = queue(order, "order-confirmation");
            await(order, emailId, e -> e.get("attempts").asInt() == 1, "claimed");

            SMTP.start();
            settings.smtp(SMTP.port());
            String rescuer = "node-rescuer-" + unique();
            org.osgi.service.cm.Configuration second = settings.addSender(rescuer, shortLease);
            try {
                // The outbox first: when it never gets there, the failure shows the message's attempts and error
                JsonNode sent = await(order, emailId, status("SENT"), "SENT");
                MimeMessage mail = SMTP.awaitOne(to);
                assertEquals(sent.toString(), rescuer, sent.get("sentBy").asText());
                assertEquals(sent.toString(), 2, sent.get("attempts").asInt());
                assertEquals(sent.get("messageId").asText(), MailServer.header(mail, "Message-ID"));

                // The stuck node's read times out 20 s after its claim; what it then records is refused
                MailServer.sleep(12_000);
                JsonNode after = emailOf(order, emailId);
                assertEquals(after.toString(), "SENT", after.get("status").asText());
                assertEquals(after.toString(), 2, after.get("attempts").asInt());
                assertEquals(after.toString(), rescuer, after.get("sentBy").asText());
                assertEquals(1, SMTP.receivedBy(to).size());
            } finally {
                settings.removeSender(second, rescuer);
            }
        }
    }

    // ================================================================ files

    @Test
    public void theFileTransportWritesOneEmlFilePerMail() throws Exception {
        Path directory = Path.of(System.getProperty("karaf.data"), "mail-" + unique());
        settings.files(directory.toString());
        String to = uniqueEmail("file");
        JsonNode order = newOrder(to);
        String emailId = queue(order, "order-checkout-link");
        JsonNode sent = await(order, emailId, status("SENT"), "SENT");

        Path eml = directory.resolve("email-" + emailId + ".eml");
        assertTrue(eml + " exists", Files.isRegularFile(eml));
        String content = Files.readString(eml, StandardCharsets.UTF_8);
        assertTrue(content, content.contains("To: " + to));
        assertTrue(content, content.contains("Subject: Please complete your order " + order.get("number").asText()));
        assertTrue(content, content.contains("Message-ID: " + sent.get("messageId").asText()));
        try (var files = Files.list(directory)) {
            assertEquals("no partial file left", 1, files.count());
        }
    }
}
