package org.ordo.email.internal;

import java.time.Instant;

/** An email of an order's outbox as the API shows it. */
public class EmailDTO {
    public String id;
    public String orderId;
    /** The template it was rendered from; absent for a free-text email. */
    public String template;
    public String to;
    public String subject;
    /** QUEUED (also while a node is sending it), SENT or FAILED. */
    public String status;
    public int attempts;
    public String lastError;
    public String messageId;
    public String createdBy;
    public Instant createdAt;
    public Instant sentAt;
    /** The node that sent it. */
    public String sentBy;
}
