package org.ordo.api.error;

import java.util.Map;

/**
 * The service cannot answer for a moment, through nobody's fault: the capability is being stopped or
 * updated, or what it needs is away. The caller retries shortly (503 with {@code Retry-After}).
 */
public class UnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super(503, "unavailable", "Temporarily unavailable", detail, Map.of());
    }
}
