package org.ordo.email.internal;

/**
 * A message a node has claimed for one attempt. {@code attempt} is the outbox row's attempt count
 * after the claim; the node records the outcome only while the row still carries it, so a node whose
 * lease ran out cannot overwrite what the next claimant did.
 */
public record OutboxMessage(long id, int attempt, String messageId, String to, String subject, String body,
        Format format) {
}
