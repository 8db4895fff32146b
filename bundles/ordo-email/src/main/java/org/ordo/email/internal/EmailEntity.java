package org.ordo.email.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * One message of the outbox, rendered once at enqueue and sent as stored. Its status moves
 * QUEUED → SENDING (claimed by one node until its lease ends) → SENT, or back to QUEUED for a
 * retry, or FAILED after the last attempt.
 */
@Entity
@Table(name = "ORDO_EMAILS", indexes = {
        @Index(name = "ORDO_EMAILS_DUE", columnList = "STATUS,NEXT_ATTEMPT_AT,ID"),
        @Index(name = "ORDO_EMAILS_LEASED", columnList = "STATUS,LEASE_UNTIL,ID"),
        @Index(name = "ORDO_EMAILS_ORDER", columnList = "ORDER_ID,ID"),
        @Index(name = "ORDO_EMAILS_MESSAGE_ID", columnList = "MESSAGE_ID", unique = true) })
public class EmailEntity {
    @Id
    @TableGenerator(name = "emailIds", table = "ORDO_EMAIL_IDS", pkColumnValue = "ORDO_EMAILS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emailIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    /** The template it was rendered from, or null for a free-text email. */
    @Column(name = "TEMPLATE", length = 64)
    String template;
    /** "TO" is reserved in SQL. */
    @Column(name = "RECIPIENT", nullable = false, length = 254)
    String recipient;
    @Column(name = "SUBJECT", nullable = false, length = 1000)
    String subject;
    @Lob
    @Column(name = "BODY", nullable = false)
    String body;
    @Column(name = "FORMAT", nullable = false, length = 8)
    String format;
    /** Fixed at enqueue, so that a message sent again after a crash is recognisably the same one. */
    @Column(name = "MESSAGE_ID", nullable = false, length = 200)
    String messageId;
    @Column(name = "STATUS", nullable = false, length = 16)
    String status;
    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;
    @Column(name = "LAST_ERROR", length = 2000)
    String lastError;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    Instant nextAttemptAt;
    /** The node that claimed it last; after SENT, the node that sent it. */
    @Column(name = "CLAIMED_BY", length = 100)
    String claimedBy;
    @Column(name = "LEASE_UNTIL")
    Instant leaseUntil;
    @Column(name = "SENT_AT")
    Instant sentAt;
}
