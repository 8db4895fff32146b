package org.ordo.attachments.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ordo.api.config.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps files and rows together: at start-up (and on an admin's demand) it finds stored files no
 * attachment refers to, left by a crash between writing a file and committing its row or between
 * deleting a row and its file, and removes them; it reports attachments whose file is gone, which
 * only a backup can bring back.
 */
@Component(service = StoredFilesCheck.class, immediate = true, configurationPid = AttachmentsConfig.PID)
public class StoredFilesCheck {
    private static final Logger LOG = LoggerFactory.getLogger(StoredFilesCheck.class);

    private final Attachments attachments;
    private final AttachmentStore store;
    private final Duration grace;
    private final boolean repair;
    private final ExecutorService startUp = Executors.newSingleThreadExecutor(r -> new Thread(r, "ordo-attachments-check"));

    public record Report(List<String> orphanFiles, boolean orphansRemoved, List<AttachmentDTO> missingFiles,
            int abandonedUploads) {
    }

    @Activate
    public StoredFilesCheck(@Reference Attachments attachments, @Reference AttachmentStore store, AttachmentsConfig config) {
        this.attachments = attachments;
        this.store = store;
        this.grace = Duration.ofSeconds(
                Settings.atLeast(AttachmentsConfig.PID, "orphanGraceSeconds", config.orphanGraceSeconds(), 0));
        this.repair = config.repairOrphans();
        startUp.execute(() -> {
            try {
                log(check(repair));
            } catch (RuntimeException | IOException e) {
                LOG.error("Could not compare the stored attachment files with their rows", e);
            }
        });
    }

    @Deactivate
    void stop() {
        startUp.shutdownNow();
    }


    /** Files younger than the grace period may belong to an upload still in progress, here or on another node. */
    public Report check(boolean removeOrphans) throws IOException {
        Instant cutOff = Instant.now().minus(grace);
        Map<String, Instant> stored = store.storedFiles();
        Set<String> referenced = attachments.storageKeys();
        List<String> orphans = stored.entrySet().stream()
                .filter(file -> !referenced.contains(file.getKey()) && file.getValue().isBefore(cutOff))
                .map(Map.Entry::getKey).sorted().toList();
        if (removeOrphans) {
            orphans.forEach(store::delete);
        }
        List<AttachmentDTO> missing = attachments.withoutFile(stored.keySet());
        int abandoned = removeOrphans ? store.deleteIncomingOlderThan(cutOff) : 0;
        return new Report(orphans, removeOrphans, missing, abandoned);
    }

    private void log(Report report) {
        for (String orphan : report.orphanFiles()) {
            LOG.warn("Stored file {} belongs to no attachment; {}", store.location().resolve("files").resolve(orphan),
                    report.orphansRemoved() ? "removed it" : "left it (repairOrphans=false)");
        }
        for (AttachmentDTO attachment : report.missingFiles()) {
            LOG.error("The file of attachment {} ('{}' on order {}, sha256 {}) is missing from {}", attachment.id,
                    attachment.filename, attachment.orderId, attachment.sha256, store.location());
        }
        if (report.abandonedUploads() > 0) {
            LOG.info("Removed {} uploads a stop cut off", report.abandonedUploads());
        }
    }
}
