package org.ordo.api.error;

import java.util.Map;

/** The caller is known but may not do this, for a reason beyond its role (an author rule, say). */
public class AccessDeniedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super(403, "forbidden", "Forbidden", detail, Map.of());
    }
}
