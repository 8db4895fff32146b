package org.ordo.email.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox table: messages are stored rendered, then claimed one at a time by a sender. A claim
 * is a conditional UPDATE whose row count decides, so with several nodes on one database exactly one
 * of them wins each message; a claim whose lease ran out (its node died mid-send) may be taken again.
 */
@Component(service = Outbox.class)
public class Outbox {
    static final String QUEUED = "QUEUED";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final int CANDIDATES = 20;
    private static final int MAX_ERROR = 2000;

    private final Transactions tx;
    private final Set<Runnable> enqueueListeners = new CopyOnWriteArraySet<>();

    @Activate
    public Outbox(@Reference(target = "(osgi.unit.name=ordo-email)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-email");
    }

    /** Senders on this node ask to hear of a new message, so they need not wait for their next poll. */
    public void onEnqueue(Runnable listener) {
        enqueueListeners.add(listener);
    }

    public void removeOnEnqueue(Runnable listener) {
        enqueueListeners.remove(listener);
    }

    /**
     * Stores the message; it is committed when this returns. A message with the same Message-ID is
     * the same message: it is answered as it was queued, not stored twice.
     */
    public EmailDTO enqueue(String orderId, String template, String to, RenderedEmail email, String messageId,
            String createdBy) {
        EmailDTO queued;
        try {
            queued = tx.inTransaction(em -> {
                EmailEntity e = new EmailEntity();
                e.orderId = orderId;
                e.template = template;
                e.recipient = to;
                e.subject = email.subject();
                e.body = email.body();
                e.format = email.format().name();
                e.messageId = messageId;
                e.status = QUEUED;
                e.createdAt = Instant.now();
                e.createdBy = createdBy;
                e.nextAttemptAt = e.createdAt;
                em.persist(e);
                em.flush();
                return toDTO(e);
            });
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e;
            }
            return tx.inTransaction(em -> toDTO(em.createQuery("SELECT e FROM EmailEntity e WHERE e.messageId = :id",
                    EmailEntity.class).setParameter("id", messageId).getSingleResult()));
        }
        enqueueListeners.forEach(Runnable::run);
        return queued;
    }

    public Page<EmailDTO> ofOrder(String orderId, PageRequest page) {
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT e FROM EmailEntity e WHERE e.orderId = :o ORDER BY e.createdAt, e.id",
                        EmailEntity.class).setParameter("o", orderId),
                em.createQuery("SELECT COUNT(e) FROM EmailEntity e WHERE e.orderId = :o", Long.class)
                        .setParameter("o", orderId),
                page, Outbox::toDTO));
    }

    /** Newest first; {@code status} QUEUED includes the ones being sent. */
    public List<EmailDTO> list(String status, int limit) {
        if (status != null && !List.of(QUEUED, SENT, FAILED).contains(status)) {
            throw new ValidationException("status", "must be QUEUED, SENT or FAILED");
        }
        List<String> statuses = status == null ? List.of(QUEUED, SENDING, SENT, FAILED)
                // Derby uses no index for an IN of one value: the value twice keeps it an IN of two
                : QUEUED.equals(status) ? List.of(QUEUED, SENDING) : List.of(status, status);
        return tx.inTransaction(em -> em.createQuery("SELECT e FROM EmailEntity e WHERE e.status IN :s ORDER BY e.id DESC",
                EmailEntity.class).setParameter("s", statuses).setMaxResults(limit).getResultList().stream()
                .map(Outbox::toDTO).toList());
    }

    public long failedCount() {
        return tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM EmailEntity e WHERE e.status = :s", Long.class)
                .setParameter("s", FAILED).getSingleResult());
    }

    /**
     * Claims a message whose claimant's lease ran out (a node that stopped mid-send), else the oldest
     * one that is due. Each kind is one query on its own index: a single query with OR between them
     * makes Derby read the whole table, for every message sent.
     */
    public Optional<OutboxMessage> claimNext(String node, Duration lease, Instant now) {
        Optional<OutboxMessage> abandoned = claimFirst(node, lease, now, "SELECT e.id, e.attempts FROM EmailEntity e"
                + " WHERE e.status = :status AND e.leaseUntil < :now ORDER BY e.leaseUntil, e.id", SENDING);
        return abandoned.isPresent() ? abandoned : claimFirst(node, lease, now, "SELECT e.id, e.attempts FROM EmailEntity e"
                + " WHERE e.status = :status AND e.nextAttemptAt <= :now ORDER BY e.nextAttemptAt, e.id", QUEUED);
    }

    private Optional<OutboxMessage> claimFirst(String node, Duration lease, Instant now, String candidatesQuery,
            String status) {
        List<Object[]> candidates = tx.inTransaction(em -> em.createQuery(candidatesQuery, Object[].class)
                .setParameter("status", status).setParameter("now", now).setMaxResults(CANDIDATES).getResultList());
        for (Object[] candidate : candidates) {
            long id = (Long) candidate[0];
            int attemptsSeen = (Integer) candidate[1];
            Optional<OutboxMessage> claimed = tx.inTransaction(em -> claim(em, id, attemptsSeen, node, now.plus(lease), now));
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the message if nobody claimed it since it was seen with {@code attemptsSeen} attempts. The
     * new count is a parameter rather than {@code attempts + 1}: with arithmetic in it, EclipseLink
     * writes every value into the SQL text on Derby, and Derby compiles each distinct text anew.
     */
    private static Optional<OutboxMessage> claim(EntityManager em, long id, int attemptsSeen, String node,
            Instant leaseUntil, Instant now) {
        int won = em.createQuery("UPDATE EmailEntity e SET e.status = :sending, e.claimedBy = :node,"
                + " e.leaseUntil = :lease, e.attempts = :attempts WHERE e.id = :id AND e.attempts = :attemptsSeen"
                + " AND ((e.status = :queued AND e.nextAttemptAt <= :now) OR (e.status = :sending AND e.leaseUntil < :now))")
                .setParameter("sending", SENDING).setParameter("node", node).setParameter("lease", leaseUntil)
                .setParameter("attempts", attemptsSeen + 1).setParameter("id", id).setParameter("attemptsSeen", attemptsSeen)
                .setParameter("queued", QUEUED).setParameter("now", now).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        EmailEntity e = em.find(EmailEntity.class, id);
        return Optional.of(new OutboxMessage(e.id, e.attempts, e.messageId, e.recipient, e.subject, e.body,
                Format.valueOf(e.format)));
    }

    /** Records a delivery; false when the claim was no longer this node's. */
    public boolean sent(OutboxMessage message, String node, Instant at) {
        return tx.inTransaction(em -> em.createQuery("UPDATE EmailEntity e SET e.status = :sent, e.sentAt = :at,"
                + " e.leaseUntil = NULL WHERE e.id = :id AND e.status = :sending AND e.claimedBy = :node AND e.attempts = :attempt")
                .setParameter("sent", SENT).setParameter("at", at).setParameter("id", message.id())
                .setParameter("sending", SENDING).setParameter("node", node).setParameter("attempt", message.attempt())
                .executeUpdate() == 1);
    }

    /** Records a failed attempt: due again at {@code retryAt}, or FAILED for good when that is null. */
    public boolean attemptFailed(OutboxMessage message, String node, String error, Instant retryAt) {
        String lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        return tx.inTransaction(em -> em.createQuery("UPDATE EmailEntity e SET e.status = :next, e.lastError = :error,"
                + " e.nextAttemptAt = :retryAt, e.leaseUntil = NULL"
                + " WHERE e.id = :id AND e.status = :sending AND e.claimedBy = :node AND e.attempts = :attempt")
                .setParameter("next", retryAt == null ? FAILED : QUEUED).setParameter("error", lastError)
                .setParameter("retryAt", retryAt == null ? Instant.now() : retryAt).setParameter("id", message.id())
                .setParameter("sending", SENDING).setParameter("node", node).setParameter("attempt", message.attempt())
                .executeUpdate() == 1);
    }

    /** When a sender should look again at the latest: the next retry due, or the next lease to run out. */
    public Optional<Instant> nextDue() {
        return tx.inTransaction(em -> {
            Instant queued = em.createQuery("SELECT MIN(e.nextAttemptAt) FROM EmailEntity e WHERE e.status = :s", Instant.class)
                    .setParameter("s", QUEUED).getSingleResult();
            Instant lease = em.createQuery("SELECT MIN(e.leaseUntil) FROM EmailEntity e WHERE e.status = :s", Instant.class)
                    .setParameter("s", SENDING).getSingleResult();
            return queued == null ? Optional.ofNullable(lease)
                    : Optional.of(lease == null || queued.isBefore(lease) ? queued : lease);
        });
    }

    /** Puts a FAILED message back in the queue with its attempts counted anew. */
    public EmailDTO retry(String emailId) {
        long id = parseId(emailId);
        EmailDTO retried = tx.inTransaction(em -> {
            EmailEntity e = em.find(EmailEntity.class, id);
            if (e == null) {
                throw NotFoundException.of("Email", emailId);
            }
            int updated = em.createQuery("UPDATE EmailEntity e SET e.status = :queued, e.attempts = 0, e.nextAttemptAt = :now"
                    + " WHERE e.id = :id AND e.status = :failed").setParameter("queued", QUEUED)
                    .setParameter("now", Instant.now()).setParameter("id", id).setParameter("failed", FAILED).executeUpdate();
            if (updated != 1) {
                throw new ConflictException("Email " + emailId + " is " + e.status + "; only a FAILED email can be retried");
            }
            em.refresh(e);
            return toDTO(e);
        });
        enqueueListeners.forEach(Runnable::run);
        return retried;
    }

    public void forgetOrder(String orderId) {
        tx.run(em -> em.createQuery("DELETE FROM EmailEntity e WHERE e.orderId = :o").setParameter("o", orderId)
                .executeUpdate());
    }

    private static long parseId(String emailId) {
        if (emailId == null || !emailId.matches("\\d{1,18}")) {
            throw NotFoundException.of("Email", emailId);
        }
        return Long.parseLong(emailId);
    }

    static EmailDTO toDTO(EmailEntity e) {
        EmailDTO dto = new EmailDTO();
        dto.id = String.valueOf(e.id);
        dto.orderId = e.orderId;
        dto.template = e.template;
        dto.to = e.recipient;
        dto.subject = e.subject;
        dto.status = SENDING.equals(e.status) ? QUEUED : e.status;
        dto.attempts = e.attempts;
        dto.lastError = e.lastError;
        dto.messageId = e.messageId;
        dto.createdBy = e.createdBy;
        dto.createdAt = e.createdAt;
        dto.sentAt = e.sentAt;
        dto.sentBy = SENT.equals(e.status) ? e.claimedBy : null;
        return dto;
    }
}
