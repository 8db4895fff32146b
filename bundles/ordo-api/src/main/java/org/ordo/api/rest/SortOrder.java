package org.ordo.api.rest;

import java.util.Set;
import java.util.TreeSet;

import org.ordo.api.error.ValidationException;

/** A validated {@code ?sort=} value: a field name, descending when prefixed with {@code -}. */
public record SortOrder(String field, boolean descending) {

    /**
     * @param value the query parameter, may be null or blank for {@code fallback}
     * @param allowed the fields this list can be sorted by; any other answers 422
     */
    public static SortOrder parse(String value, Set<String> allowed, SortOrder fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.trim();
        boolean descending = trimmed.startsWith("-");
        String field = descending || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        if (!allowed.contains(field)) {
            throw new ValidationException("sort", "unknown sort field '" + field + "'; one of " + new TreeSet<>(allowed));
        }
        return new SortOrder(field, descending);
    }
}
