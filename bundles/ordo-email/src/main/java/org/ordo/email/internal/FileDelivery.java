package org.ordo.email.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.InternetAddress;

/**
 * Writes each message as an {@code .eml} file named after its outbox id: what a fresh distribution
 * does with no mail server. A message written again (after a crash) replaces its file, and a reader
 * never sees half a file, since it is written aside and then moved in.
 */
final class FileDelivery implements Delivery {
    private final Path directory;
    private final InternetAddress from;
    private final Session session = Session.getInstance(new Properties());

    FileDelivery(Path directory, InternetAddress from) {
        this.directory = directory;
        this.from = from;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        Files.createDirectories(directory);
        Path target = directory.resolve("email-" + message.id() + ".eml");
        Path partial = Files.createTempFile(directory, "email-" + message.id() + "-", ".part");
        try {
            MimeMessages.withMailClassLoader(() -> {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    MimeMessages.build(session, message, from).writeTo(out);
                }
                return null;
            });
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public String describe() {
        return "file:" + directory;
    }
}
