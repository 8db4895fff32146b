package org.ordo.itests.email;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.ops4j.pax.exam.Option;
import org.ordo.itests.support.OrdoDistribution;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a port of its own inside the test container, which can be taken
 * down and brought up again on the same port, and what it received.
 */
public final class MailServer {
    private final int port = OrdoDistribution.freePort();
    private GreenMail greenMail;

    /** GreenMail's bundle, for the container; javax.mail comes with the ordo-email feature. */
    public static Option bundle() {
        return mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version"));
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Down: connections to the port are refused. What it received so far is forgotten. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    private synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Every message received for the address so far. */
    public List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : received()) {
            try {
                for (javax.mail.Address to : message.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equalsIgnoreCase(address)) {
                        mine.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    /** Waits until {@code count} messages arrived for the address, and answers them. */
    public List<MimeMessage> await(String address, int count) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<MimeMessage> mine = receivedBy(address);
            if (mine.size() >= count) {
                return mine;
            }
            if (System.nanoTime() > deadline) {
                fail(count + " message(s) for " + address + " never arrived; got " + mine.size());
            }
            sleep(100);
        }
    }

    public MimeMessage awaitOne(String address) {
        return await(address, 1).get(0);
    }

    /** The decoded text of a single-part message. */
    public static String body(MimeMessage message) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The activation framework finds javax.mail's content handlers through the context class loader
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
