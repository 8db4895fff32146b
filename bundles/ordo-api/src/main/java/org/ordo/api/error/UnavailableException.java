package org.ordo.api.error;

import java.util.Map;

/**
 * The service cannot answer for a moment, through nobody's fault: the capability is being stopped or
 * updated, or what it needs is away. The caller retries shortly (503 with {@code Retry-After}).
 */
public class UnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        this("unavailable", "Temporarily unavailable", detail);
    }

    /** @param type what is away, such as {@code database-unavailable} */
    public UnavailableException(String type, String title, String detail) {
        super(503, type, title, detail, Map.of());
    }
}
