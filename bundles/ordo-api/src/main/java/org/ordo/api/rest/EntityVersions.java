package org.ordo.api.rest;

import org.ordo.api.error.PreconditionFailedException;

/**
 * The {@code ETag} of a versioned resource is its {@code version} in quotes; a client sends it back
 * in {@code If-Match} to make a write conditional.
 */
public final class EntityVersions {
    private EntityVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for, or null when the header is absent or {@code *}.
     * A value that is no version of ours can never match, so it fails as a stale one would.
     */
    public static Long fromIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.valueOf(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + header + " does not name a version of this resource");
        }
    }

    /** Refuses with 412 when the client expected a version other than the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new PreconditionFailedException(
                    "If-Match names version " + expected + " but the resource is at version " + current, current);
        }
    }
}
