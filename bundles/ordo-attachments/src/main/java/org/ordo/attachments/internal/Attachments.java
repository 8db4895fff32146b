package org.ordo.attachments.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.config.Settings;
import org.ordo.api.error.AccessDeniedException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files attached to orders: a row per file in the database, the bytes in the {@link AttachmentStore}.
 * A file is on disk before its row commits and leaves the disk after its row is gone, so a crash
 * in between leaves at worst a file without a row, which the {@link StoredFilesCheck} removes.
 */
@Component(service = Attachments.class, configurationPid = AttachmentsConfig.PID)
public class Attachments {
    private final Transactions tx;
    private final OrderService orders;
    private final AttachmentStore store;
    private final long maxSizeBytes;

    @Activate
    public Attachments(@Reference(target = "(osgi.unit.name=ordo-attachments)") JpaTemplate jpa,
            @Reference OrderService orders, @Reference AttachmentStore store, AttachmentsConfig config) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-attachments");
        this.orders = orders;
        this.store = store;
        this.maxSizeBytes = Settings.atLeast(AttachmentsConfig.PID, "maxSizeBytes", config.maxSizeBytes(), 1);
    }

    public long maxSizeBytes() {
        return maxSizeBytes;
    }

    public AttachmentDTO upload(String orderId, Upload upload, String user) {
        OrderDTO order = orders.get(orderId);
        StoredFile file = storeOrRefuse(upload);
        if (file.size() == 0) {
            store.delete(file.key());
            throw new ValidationException("file", "is empty");
        }
        AttachmentDTO attached;
        try {
            attached = tx.inTransaction(em -> {
                AttachmentEntity attachment = new AttachmentEntity();
                attachment.orderId = order.id;
                attachment.filename = Filenames.sanitise(upload.filename());
                attachment.contentType = upload.contentType();
                attachment.size = file.size();
                attachment.sha256 = file.sha256();
                attachment.storageKey = file.key();
                attachment.uploadedBy = user;
                attachment.createdAt = Instant.now();
                em.persist(attachment);
                em.flush();
                return toDTO(attachment);
            });
        } catch (RuntimeException failure) {
            store.delete(file.key());
            throw failure;
        }
        if (orders.find(order.id).isEmpty()) {
            // Deleted while the file streamed in, after its attachments were cleared: take this one too.
            forgetOrder(order.id);
            throw NotFoundException.of("Order", orderId);
        }
        return attached;
    }

    /** A form's content already fails with the problem it means (see {@link Uploads}); a raw body's, here. */
    private StoredFile storeOrRefuse(Upload upload) {
        try {
            return store.store(upload.content(), maxSizeBytes);
        } catch (IOException e) {
            throw Uploads.incomplete();
        }
    }

    public Page<AttachmentDTO> list(String orderId, PageRequest page) {
        OrderDTO order = orders.get(orderId);
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.orderId = :o ORDER BY a.createdAt, a.id",
                        AttachmentEntity.class).setParameter("o", order.id),
                em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.orderId = :o", Long.class)
                        .setParameter("o", order.id),
                page, Attachments::toDTO));
    }

    public AttachmentDTO get(String attachmentId) {
        return toDTO(entity(attachmentId));
    }

    /** The attachment and its file, which must still be on disk. */
    public Content content(String attachmentId) {
        AttachmentEntity attachment = entity(attachmentId);
        Path file = store.file(attachment.storageKey).orElseThrow(() -> new NotFoundException(
                "The file of attachment " + attachmentId + " is missing from the store; an admin can restore it from a backup"));
        return new Content(toDTO(attachment), file);
    }

    /** Its uploader may delete an attachment, and an admin any attachment. */
    public void delete(String attachmentId, String user, boolean admin) {
        String key = tx.inTransaction(em -> {
            AttachmentEntity attachment = find(em, attachmentId);
            if (!admin && !attachment.uploadedBy.equals(user)) {
                throw new AccessDeniedException(
                        "Only " + attachment.uploadedBy + ", who uploaded it, or an admin may delete this attachment");
            }
            em.remove(attachment);
            return attachment.storageKey;
        });
        store.delete(key);
    }

    public void forgetOrder(String orderId) {
        List<String> keys = tx.inTransaction(em -> {
            List<String> found = em.createQuery("SELECT a.storageKey FROM AttachmentEntity a WHERE a.orderId = :o",
                    String.class).setParameter("o", orderId).getResultList();
            em.createQuery("DELETE FROM AttachmentEntity a WHERE a.orderId = :o").setParameter("o", orderId).executeUpdate();
            return found;
        });
        keys.forEach(store::delete);
    }

    /** Every storage key a row refers to. */
    Set<String> storageKeys() {
        return tx.inTransaction(em -> em.createQuery("SELECT a.storageKey FROM AttachmentEntity a", String.class)
                .getResultList().stream().collect(Collectors.toSet()));
    }

    /**
     * The attachments whose file is not among those listed, nor on disk now (an upload may have
     * committed since the listing).
     */
    List<AttachmentDTO> withoutFile(Set<String> listedKeys) {
        return tx.inTransaction(em -> em.createQuery("SELECT a FROM AttachmentEntity a ORDER BY a.id", AttachmentEntity.class)
                .getResultList().stream().filter(a -> !listedKeys.contains(a.storageKey) && store.file(a.storageKey).isEmpty())
                .map(Attachments::toDTO).toList());
    }

    private AttachmentEntity entity(String attachmentId) {
        return tx.inTransaction(em -> find(em, attachmentId));
    }

    private static AttachmentEntity find(javax.persistence.EntityManager em, String attachmentId) {
        AttachmentEntity attachment = attachmentId != null && attachmentId.matches("\\d{1,18}")
                ? em.find(AttachmentEntity.class, Long.parseLong(attachmentId)) : null;
        if (attachment == null) {
            throw NotFoundException.of("Attachment", attachmentId);
        }
        return attachment;
    }

    static AttachmentDTO toDTO(AttachmentEntity a) {
        AttachmentDTO dto = new AttachmentDTO();
        dto.id = String.valueOf(a.id);
        dto.orderId = a.orderId;
        dto.filename = a.filename;
        dto.contentType = a.contentType;
        dto.size = a.size;
        dto.sha256 = a.sha256;
        dto.uploadedBy = a.uploadedBy;
        dto.createdAt = a.createdAt;
        return dto;
    }

    /** An attachment ready to stream. */
    public record Content(AttachmentDTO attachment, Path file) {
    }
}
