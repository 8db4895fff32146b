package org.ordo.itests.email;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.ordo.itests.support.AdminConsole;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Changes the email configuration of the running distribution as an admin would (Config Admin, as
 * editing {@code etc/} does) and waits until it applies.
 */
public final class EmailSettings {
    static final String TRANSPORT_PID = "org.ordo.email";
    static final String SENDER_FACTORY_PID = "org.ordo.email.sender";
    static final String SENDER_THREAD = "ordo-email-sender-";

    private final ConfigurationAdmin configurations;
    private final AdminConsole console;

    public EmailSettings(ConfigurationAdmin configurations, AdminConsole console) {
        this.configurations = configurations;
        this.console = console;
    }

    /** Mail goes to the SMTP server on this machine's port, with short timeouts. */
    public void smtp(int port) throws Exception {
        smtp(port, 5000);
    }

    /** @param timeoutMillis how long a sender waits for the server's answer */
    public void smtp(int port, int timeoutMillis) throws Exception {
        transport(Map.of("transport", "smtp", "smtp.host", "127.0.0.1", "smtp.port", String.valueOf(port),
                "smtp.tls", "none", "from", "shop@ordo.example", "smtp.connectTimeoutMillis", "2000",
                "smtp.timeoutMillis", String.valueOf(timeoutMillis)), "smtp://127.0.0.1:" + port);
    }

    public void files(String directory) throws Exception {
        transport(Map.of("transport", "file", "file.directory", directory, "from", "shop@ordo.example"), "file:" + directory);
    }

    private void transport(Map<String, String> settings, String destination) throws Exception {
        update(configurations.getConfiguration(TRANSPORT_PID, "?"), settings);
        awaitConsole("email:outbox --size 1", "Mail goes to " + destination);
    }

    /** Replaces the settings of the distribution's sender (etc/org.ordo.email.sender-main.cfg). */
    public void mainSender(String node, Map<String, String> settings) throws Exception {
        Configuration[] found = senders("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + SENDER_FACTORY_PID + ")");
        if (found == null || found.length != 1) {
            fail("expected the one sender the distribution ships, found " + (found == null ? 0 : found.length));
        }
        String before = (String) found[0].getProperties().get("node");
        update(found[0], with(node, settings));
        awaitSenderThread(node, true);
        if (before != null && !before.equals(node)) {
            awaitSenderThread(before, false);
        }
    }

    /** Starts a second sender in the same container under its own node name: a second node. */
    public Configuration addSender(String node, Map<String, String> settings) throws Exception {
        Configuration added = configurations.getFactoryConfiguration(SENDER_FACTORY_PID, node, "?");
        update(added, with(node, settings));
        awaitSenderThread(node, true);
        return added;
    }

    public void removeSender(Configuration sender, String node) throws Exception {
        sender.delete();
        awaitSenderThread(node, false);
    }

    private Configuration[] senders(String filter) throws IOException, InvalidSyntaxException {
        return configurations.listConfigurations(filter);
    }

    private static Map<String, String> with(String node, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("node", node);
        return all;
    }

    private static void update(Configuration configuration, Map<String, String> settings) {
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        settings.forEach(properties::put);
        try {
            configuration.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean senderThreadRunning(String node) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals(SENDER_THREAD + node));
    }

    /** Threads of the email bundle, by name. */
    public static boolean anyEmailThread() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().startsWith("ordo-email-"));
    }

    public static void awaitSenderThread(String node, boolean running) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (senderThreadRunning(node) != running) {
            if (System.nanoTime() > deadline) {
                fail("sender " + node + (running ? " never started" : " never stopped"));
            }
            MailServer.sleep(50);
        }
    }

    private void awaitConsole(String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String output = "";
        while (System.nanoTime() < deadline) {
            try {
                output = console.execute(command);
                if (output.contains(expected)) {
                    return;
                }
            } catch (Exception notYetThere) {
                output = notYetThere.toString();
            }
            MailServer.sleep(100);
        }
        fail("never applied: " + expected + "; console said " + output);
    }
}
