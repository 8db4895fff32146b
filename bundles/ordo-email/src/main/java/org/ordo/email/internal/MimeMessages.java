package org.ordo.email.internal;

import java.util.Date;
import java.util.concurrent.Callable;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/** Builds the MIME message of an outbox row, keeping the Message-ID it was given at enqueue. */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage build(Session session, OutboxMessage message, InternetAddress from) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", message.messageId());
            }
        };
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8", message.format() == Format.HTML ? "html" : "plain");
        mime.setSentDate(new Date());
        mime.saveChanges();
        return mime;
    }

    /**
     * Runs mail work with javax.mail's own class loader as the context class loader: the activation
     * framework finds the content handlers (text/plain, text/html) through it, which in OSGi it
     * otherwise does not.
     */
    static <T> T withMailClassLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
