package org.ordo.email.internal;

import java.nio.file.Path;
import java.util.Locale;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where mail goes, from {@code etc/org.ordo.email.cfg}: an SMTP server or {@code .eml} files. A
 * changed configuration applies to the next message, with no restart. A configuration that cannot
 * work (an unknown transport, a bad sender address) makes every attempt fail with that reason, which
 * the outbox records, rather than losing mail.
 */
@Component(service = MailTransports.class, configurationPid = "org.ordo.email")
@Designate(ocd = MailTransports.Config.class)
public class MailTransports {
    private static final Logger LOG = LoggerFactory.getLogger(MailTransports.class);

    @ObjectClassDefinition(name = "Ordo email transport")
    public @interface Config {
        @AttributeDefinition(description = "smtp, or file (.eml files under file.directory)", options = {
                @Option(value = "file", label = "Files"), @Option(value = "smtp", label = "SMTP server") })
        String transport() default "file";

        @AttributeDefinition(description = "The sender address of every email")
        String from() default "orders@ordo.localhost";

        @AttributeDefinition(description = "Folder of .eml files; default ${karaf.data}/mail")
        String file_directory() default "";

        String smtp_host() default "localhost";

        int smtp_port() default 25;

        @AttributeDefinition(description = "none, starttls (required) or tls (SMTPS)", options = {
                @Option(value = "none", label = "None"), @Option(value = "starttls", label = "STARTTLS"),
                @Option(value = "tls", label = "TLS") })
        String smtp_tls() default "none";

        @AttributeDefinition(description = "Empty for a server that needs no login")
        String smtp_username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String smtp_password() default "";

        int smtp_connectTimeoutMillis() default 10_000;

        @AttributeDefinition(description = "Milliseconds to wait for the server's answer")
        int smtp_timeoutMillis() default 30_000;
    }

    private volatile Delivery delivery;
    private volatile String messageIdDomain;

    @Activate
    public MailTransports(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        String fromDomain = config.from().substring(config.from().indexOf('@') + 1).trim();
        messageIdDomain = fromDomain.matches("[A-Za-z0-9.-]+") ? fromDomain : "ordo.localhost";
        try {
            delivery = delivery(config);
            LOG.info("Email goes to {}", delivery.describe());
        } catch (IllegalArgumentException e) {
            LOG.error("Email configuration org.ordo.email is not usable: {}; every send fails until it is fixed",
                    e.getMessage());
            delivery = new Misconfigured(e.getMessage());
        }
    }

    private static Delivery delivery(Config config) {
        InternetAddress from;
        try {
            from = new InternetAddress(config.from().trim(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("from " + config.from() + " is not an email address");
        }
        switch (config.transport().trim().toLowerCase(Locale.ROOT)) {
        case "file":
            String directory = config.file_directory().isBlank()
                    ? System.getProperty("karaf.data", "data") + "/mail" : config.file_directory();
            return new FileDelivery(Path.of(directory), from);
        case "smtp":
            SmtpDelivery.Tls tls;
            try {
                tls = SmtpDelivery.Tls.valueOf(config.smtp_tls().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("smtp.tls " + config.smtp_tls() + " is not none, starttls or tls");
            }
            return new SmtpDelivery(config.smtp_host(), config.smtp_port(), tls, config.smtp_username(),
                    config.smtp_password(), from, config.smtp_connectTimeoutMillis(), config.smtp_timeoutMillis());
        default:
            throw new IllegalArgumentException("transport " + config.transport() + " is not smtp or file");
        }
    }

    public void deliver(OutboxMessage message) throws Exception {
        delivery.deliver(message);
    }

    public String describe() {
        return delivery.describe();
    }

    /** The right-hand side of the Message-IDs made here: the sender address's domain. */
    public String messageIdDomain() {
        return messageIdDomain;
    }

    private record Misconfigured(String reason) implements Delivery {
        @Override
        public void deliver(OutboxMessage message) {
            throw new IllegalStateException("Email configuration org.ordo.email is not usable: " + reason);
        }

        @Override
        public String describe() {
            return "nowhere (" + reason + ")";
        }
    }
}
