package org.ordo.api.rest;

import org.ordo.api.error.Violations;

/** A validated {@code ?page=&size=} pair: page is 1-based, size at most {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Reads the query parameters, either of which may be absent; refuses out-of-range values with 422. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Violations violations = new Violations();
        violations.check(p < 1, "page", "must be 1 or more");
        violations.check(s < 1 || s > MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        violations.throwIfAny();
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
