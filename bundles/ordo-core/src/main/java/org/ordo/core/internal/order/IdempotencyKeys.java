package org.ordo.core.internal.order;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import javax.persistence.EntityManager;

import org.ordo.api.error.ValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** An {@code Idempotency-Key} of one user, and the request it was first sent with. */
final class IdempotencyKeys {
    private static final int MAX_KEY_LENGTH = 255;
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new JavaTimeModule())
            .build();

    private final String scopedKey;
    private final String requestHash;

    IdempotencyKeys(String actor, String key, OrderInput request) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ValidationException("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        this.scopedKey = actor + ":" + key;
        this.requestHash = hash(request);
    }

    /** The order an earlier request with this key created, or null when the key is new. */
    Long earlierOrder(EntityManager em) {
        IdempotencyKeyEntity earlier = em.find(IdempotencyKeyEntity.class, scopedKey);
        if (earlier == null) {
            return null;
        }
        if (!earlier.requestHash.equals(requestHash)) {
            throw new ValidationException("Idempotency-Key",
                    "was already used with a different request; use a new key for a new order");
        }
        return earlier.orderId;
    }

    /**
     * Records the key before the order is made. A concurrent request with the same key waits here on
     * the key's row until this transaction ends, then fails as a duplicate and finds this order.
     */
    IdempotencyKeyEntity record(EntityManager em) {
        IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
        entity.scopedKey = scopedKey;
        entity.requestHash = requestHash;
        entity.createdAt = Instant.now();
        em.persist(entity);
        em.flush();
        return entity;
    }

    private static String hash(OrderInput request) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
