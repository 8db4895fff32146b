package org.ordo.attachments.internal;

import java.time.Instant;

/** An attachment as the REST API and the console show it. */
public class AttachmentDTO {
    public String id;
    public String orderId;
    public String filename;
    public String contentType;
    public long size;
    public String sha256;
    public String uploadedBy;
    public Instant createdAt;
}
