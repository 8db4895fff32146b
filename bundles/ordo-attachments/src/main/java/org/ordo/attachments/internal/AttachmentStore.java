package org.ordo.attachments.internal;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.ordo.api.error.PayloadTooLargeException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The files themselves, on disk: each named by a random key, never by anything a client sent. A file
 * streams into {@code incoming/} and moves to {@code files/} only once it is complete and synced, so
 * {@code files/} never holds half a file.
 */
@Component(service = AttachmentStore.class, configurationPid = AttachmentsConfig.PID)
@Designate(ocd = AttachmentsConfig.class)
public class AttachmentStore {
    private static final int CHUNK = 64 * 1024;

    private final Path files;
    private final Path incoming;

    @Activate
    public AttachmentStore(AttachmentsConfig config, BundleContext context) throws IOException {
        Path root = config.directory().isBlank()
                ? Path.of(context.getProperty("karaf.data"), "ordo-attachments") : Path.of(config.directory());
        this.files = Files.createDirectories(root.resolve("files"));
        this.incoming = Files.createDirectories(root.resolve("incoming"));
    }

    /**
     * Copies the content to disk while measuring it. More than {@code maxBytes} is refused with a 413;
     * on any failure, a cut-off body included, nothing is left behind.
     */
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString();
        Path partial = incoming.resolve(key + ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (FileChannel out = FileChannel.open(partial, CREATE_NEW, WRITE)) {
                byte[] chunk = new byte[CHUNK];
                for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException(maxBytes);
                    }
                    sha256.update(chunk, 0, read);
                    ByteBuffer bytes = ByteBuffer.wrap(chunk, 0, read);
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
                out.force(true);
            }
            Files.move(partial, files.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(files);
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(partial);
            throw failure;
        }
    }

    public Optional<Path> file(String key) {
        Path file = files.resolve(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(files.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored file's key with the time it was last written. */
    public Map<String, Instant> storedFiles() throws IOException {
        Map<String, Instant> stored = new HashMap<>();
        try (Stream<Path> listing = Files.list(files)) {
            for (Path file : (Iterable<Path>) listing::iterator) {
                stored.put(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant());
            }
        }
        return stored;
    }

    /** Removes what uploads cut off by a crash left in {@code incoming/}; answers how many. */
    public int deleteIncomingOlderThan(Instant before) throws IOException {
        int deleted = 0;
        try (Stream<Path> listing = Files.list(incoming)) {
            for (Path file : (Iterable<Path>) listing::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    public Path location() {
        return files.getParent();
    }

    /** A rename is durable only once its directory is synced. */
    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, READ)) {
            channel.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
