package org.ordo.core.internal.order;

/**
 * How far a grid request reads its matches. Counting every match of a broad filter means reading
 * every one of them (a quarter of a million open orders in a million), so the grid counts only up
 * to {@link #LIMIT}, or as far as the page reaches: it reads the rows from the page's offset to one
 * past that, and a row past it says that more match than were counted.
 *
 * @param offset the page's first row
 * @param size the page's size
 * @param limit matches counted at least, when that many exist
 */
record GridCount(int offset, int size, int limit) {
    /** Enough for a user to see how many pages a narrow filter has, and that a broad one has "more than". */
    static final int LIMIT = 1000;

    static GridCount of(int offset, int size) {
        return new GridCount(offset, size, LIMIT);
    }

    /** The matches counted at most. */
    int countTo() {
        return Math.max(limit, offset + size);
    }

    /** Rows to read from the offset on: as far as is counted, and one more to tell whether more exist. */
    int rowsFromOffset() {
        return countTo() + 1 - offset;
    }

    /** What the rows read from the offset on tell about the total. */
    Total total(int rowsRead) {
        if (rowsRead >= rowsFromOffset()) {
            return new Total(countTo(), false);
        }
        if (rowsRead == 0 && offset > 0) {
            // A page past the last match: they end somewhere before the offset, which these rows cannot tell
            return null;
        }
        return new Total(offset + rowsRead, true);
    }

    /** The number of matches, exact or a lower bound that more than {@code count} matches exceed. */
    record Total(long count, boolean exact) {
    }
}
