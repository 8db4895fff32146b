package org.ordo.api.error;

import java.util.Map;

/** The client's {@code If-Match} names a version the resource no longer has. */
public class PreconditionFailedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String detail) {
        super(412, "stale-version", "Precondition failed", detail, Map.of());
    }

    public PreconditionFailedException(String detail, long currentVersion) {
        super(412, "stale-version", "Precondition failed", detail, Map.of("currentVersion", currentVersion));
    }
}
