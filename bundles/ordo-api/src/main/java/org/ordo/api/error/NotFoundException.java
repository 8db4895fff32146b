package org.ordo.api.error;

import java.util.Map;

/** The named resource does not exist, or an id does not have the shape of one. */
public class NotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail, Map.of());
    }

    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + " " + id + " was not found");
    }
}
