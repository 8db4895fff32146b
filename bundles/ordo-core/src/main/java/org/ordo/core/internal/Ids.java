package org.ordo.core.internal;

import org.ordo.api.error.NotFoundException;

/** Ids are numbers inside and opaque strings outside; one of the wrong shape names nothing, so 404. */
public final class Ids {
    private Ids() {
    }

    public static long parse(String kind, String id) {
        if (id != null && !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(id);
        }
        throw NotFoundException.of(kind, id);
    }

    public static String format(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
