package org.ordo.email.internal;

import java.time.Duration;

/** Exponential back-off: the first retry after {@code initial}, each next one twice as late, at most {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < initial <= max, not " + initial + " and " + max);
        }
    }

    /** How long to wait after the {@code attempt}-th attempt (from 1) failed. */
    public Duration after(int attempt) {
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
