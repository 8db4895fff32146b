package org.ordo.api.error;

import java.util.Map;

/**
 * The request is valid but the resource's current state refuses it: a duplicate key, an action not
 * allowed now, or a write that lost a race with another one.
 */
public class ConflictException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(409, "conflict", "Conflict", detail, properties);
    }
}
