package org.ordo.attachments.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity
@Table(name = "ORDER_ATTACHMENTS", indexes = {
        @Index(name = "ORDER_ATTACHMENTS_ORDER", columnList = "ORDER_ID,ID"),
        @Index(name = "ORDER_ATTACHMENTS_KEY", columnList = "STORAGE_KEY", unique = true) })
public class AttachmentEntity {
    @Id
    @TableGenerator(name = "attachmentIds", table = "ORDO_ATTACHMENT_IDS", pkColumnValue = "ORDER_ATTACHMENTS",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "attachmentIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    /** Sanitised: at most 255 bytes of UTF-8, so 255 characters always fit. */
    @Column(name = "FILENAME", nullable = false, length = 255)
    String filename;
    @Column(name = "CONTENT_TYPE", nullable = false, length = 255)
    String contentType;
    @Column(name = "SIZE_BYTES", nullable = false)
    long size;
    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;
    /** The name of the file on disk. */
    @Column(name = "STORAGE_KEY", nullable = false, length = 36)
    String storageKey;
    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    String uploadedBy;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
