package org.ordo.email.internal;

import java.util.Properties;

import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/** Sends through an SMTP server, in the clear, with STARTTLS required, or over TLS from the start. */
final class SmtpDelivery implements Delivery {
    enum Tls {
        NONE, STARTTLS, TLS
    }

    private final String host;
    private final int port;
    private final Tls tls;
    private final String username;
    private final String password;
    private final InternetAddress from;
    private final Session session;

    SmtpDelivery(String host, int port, Tls tls, String username, String password, InternetAddress from,
            int connectTimeoutMillis, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.username = username == null || username.isBlank() ? null : username;
        // javax.mail logs in as the JVM's user.name when given a password without a user name
        this.password = this.username == null ? null : password;
        this.from = from;
        String protocol = protocol();
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", host);
        p.setProperty("mail." + protocol + ".port", String.valueOf(port));
        p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(connectTimeoutMillis));
        p.setProperty("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".auth", String.valueOf(this.username != null));
        if (tls == Tls.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
    }

    private String protocol() {
        return tls == Tls.TLS ? "smtps" : "smtp";
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        MimeMessages.withMailClassLoader(() -> {
            MimeMessage mime = MimeMessages.build(session, message, from);
            Transport transport = session.getTransport(protocol());
            try {
                transport.connect(host, port, username, password);
                transport.sendMessage(mime, mime.getAllRecipients());
            } finally {
                transport.close();
            }
            return null;
        });
    }

    @Override
    public String describe() {
        return protocol() + "://" + host + ":" + port + (tls == Tls.STARTTLS ? " (STARTTLS)" : "");
    }
}
