package org.ordo.api.rest;

import java.math.BigInteger;
import java.util.Optional;

import org.ordo.api.error.Violations;

/**
 * A validated {@code ?page=&size=} pair: page is 1-based, size at most {@value #MAX_SIZE}, and the
 * page starts at most {@value #MAX_OFFSET} items deep. Every instance is valid, so {@link #offset()}
 * never overflows, whoever built it.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /**
     * How many items a page may skip. A database skips rows by reading them, so a deeper page costs
     * as much as reading that many rows; no one pages a million items deep by hand, and a program
     * that wants them all narrows its filter instead.
     */
    public static final int MAX_OFFSET = 1_000_000;

    /** Refuses out-of-range values with 422, naming every bad parameter. */
    public PageRequest {
        Violations violations = new Violations();
        // A size out of range is refused below; the page is still judged, by the nearest size allowed
        int judgedSize = Math.max(1, Math.min(size, MAX_SIZE));
        violations.check(page < 1, "page", "must be 1 or more");
        violations.check(page >= 1 && (long) (page - 1) * judgedSize > MAX_OFFSET, "page",
                "must be at most " + lastPage(judgedSize) + " with size " + judgedSize + ": a page starts at most "
                        + MAX_OFFSET + " items deep");
        violations.check(size < 1 || size > MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        violations.throwIfAny();
    }

    /** Reads the query parameters, either of which may be absent; refuses out-of-range values with 422. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * Reads the query parameters as they were sent, either of which may be absent or empty (then page 1
     * and {@code defaultSize}). What is not a whole number is refused with 422 naming it, as is a
     * number out of range, however many digits it has.
     */
    public static PageRequest parse(String page, String size, int defaultSize) {
        Violations violations = new Violations();
        Integer p = wholeNumber(violations, "page", page);
        Integer s = wholeNumber(violations, "size", size);
        violations.throwIfAny();
        return new PageRequest(p == null ? 1 : p, s == null ? defaultSize : s);
    }

    /** The same with {@value #DEFAULT_SIZE} items unless {@code size} says otherwise. */
    public static PageRequest parse(String page, String size) {
        return parse(page, size, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The page after this one, when {@code total} items reach past it and it is not too deep to read. */
    public Optional<PageRequest> next(long total) {
        long nextOffset = (long) page * size;
        return nextOffset < total && nextOffset <= MAX_OFFSET ? Optional.of(new PageRequest(page + 1, size))
                : Optional.empty();
    }

    private static int lastPage(int size) {
        return MAX_OFFSET / size + 1;
    }

    /** The value, held to the int range: beyond it, it is as out of range as the nearest int. */
    private static Integer wholeNumber(Violations violations, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches("[+-]?[0-9]+")) {
            violations.add(field, "must be a whole number");
            return null;
        }
        BigInteger number = new BigInteger(trimmed);
        return number.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }
}
