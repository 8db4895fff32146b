package org.ordo.rest.internal.security;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per user name and per client address. Once either reaches its threshold within
 * a window (which starts at the first failure), logins for that name or from that address are refused
 * until the window ends, whatever the password: a guesser gets a fixed number of tries per window. A
 * successful login clears its user's count, not its address's.
 *
 * <p>Memory is bounded: each kind tracks at most {@code tracked} keys. To make room, the least
 * recently seen key goes first, but keys still refused are kept over ones that are not, so a scanner
 * rotating names or addresses neither grows the heap nor frees a name it has locked.
 */
final class LoginThrottle {
    /** Keys looked at, oldest first, for one that is not refused before the oldest goes anyway. */
    private static final int SCAN = 64;
    /** User names are counted by their first characters: a name longer than any real one costs no more memory. */
    static final int MAX_NAME = 128;

    /** Refuse for {@code retryAfterSeconds}; {@code first} is the first refusal of this key in its window. */
    record Refusal(long retryAfterSeconds, String reason, boolean first) {
    }

    private final Counts users;
    private final Counts addresses;

    /**
     * @param perUser failures of one name that start refusing it; 0 counts none
     * @param perAddress failures from one address that start refusing it; 0 counts none
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    LoginThrottle(int perUser, int perAddress, long windowSeconds, int tracked, LongSupplier clock) {
        long windowNanos = windowSeconds * 1_000_000_000L;
        this.users = new Counts("user", perUser, windowNanos, tracked, clock);
        this.addresses = new Counts("address", perAddress, windowNanos, tracked, clock);
    }

    Optional<Refusal> refusal(String user, String address) {
        Optional<Refusal> byUser = users.refusal(key(user));
        return byUser.isPresent() ? byUser : addresses.refusal(address);
    }

    void failed(String user, String address) {
        users.failed(key(user));
        addresses.failed(address);
    }

    void succeeded(String user) {
        users.clear(key(user));
    }

    int tracked() {
        return users.size() + addresses.size();
    }

    private static String key(String user) {
        return user.length() > MAX_NAME ? user.substring(0, MAX_NAME) : user;
    }

    /** Failures per key of one kind, in access order: the eldest entry is the least recently seen. */
    private static final class Counts {
        private final String kind;
        private final int threshold;
        private final long windowNanos;
        private final int capacity;
        private final LongSupplier clock;
        private final LinkedHashMap<String, Count> counts = new LinkedHashMap<>(64, 0.75f, true);

        private static final class Count {
            final long windowStart;
            int failures;
            boolean refused;

            Count(long windowStart) {
                this.windowStart = windowStart;
            }
        }

        Counts(String kind, int threshold, long windowNanos, int capacity, LongSupplier clock) {
            this.kind = kind;
            this.threshold = threshold;
            this.windowNanos = windowNanos;
            this.capacity = Math.max(1, capacity);
            this.clock = clock;
        }

        synchronized Optional<Refusal> refusal(String key) {
            Count count = threshold > 0 ? counts.get(key) : null;
            long now = clock.getAsLong();
            if (count == null || !refuses(count, now)) {
                return Optional.empty();
            }
            long remainingNanos = count.windowStart + windowNanos - now;
            boolean first = !count.refused;
            count.refused = true;
            return Optional.of(new Refusal(Math.max(1, (remainingNanos + 999_999_999) / 1_000_000_000L),
                    count.failures + " failed logins for this " + kind, first));
        }

        synchronized void failed(String key) {
            if (threshold <= 0) {
                return;
            }
            long now = clock.getAsLong();
            Count count = counts.get(key);
            if (count == null || expired(count, now)) {
                if (count == null) {
                    makeRoom(now);
                }
                count = new Count(now);
                counts.put(key, count);
            }
            count.failures++;
        }

        synchronized void clear(String key) {
            counts.remove(key);
        }

        synchronized int size() {
            return counts.size();
        }

        private void makeRoom(long now) {
            Iterator<Map.Entry<String, Count>> eldestFirst = counts.entrySet().iterator();
            for (int looked = 0; counts.size() >= capacity && eldestFirst.hasNext(); looked++) {
                Count count = eldestFirst.next().getValue();
                if (!refuses(count, now) || looked >= SCAN) {
                    eldestFirst.remove();
                }
            }
        }

        private boolean refuses(Count count, long now) {
            return count.failures >= threshold && !expired(count, now);
        }

        private boolean expired(Count count, long now) {
            return now - count.windowStart >= windowNanos;
        }
    }
}
