package org.ordo.core.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GridCountTest {

    @Test
    void aFirstPageReadsOnePastTheLimitAndCountsExactlyBelowIt() {
        GridCount count = new GridCount(0, 50, 1000);
        assertEquals(1001, count.rowsFromOffset());
        assertEquals(new GridCount.Total(0, true), count.total(0));
        assertEquals(new GridCount.Total(37, true), count.total(37));
        assertEquals(new GridCount.Total(1000, true), count.total(1000));
    }

    @Test
    void aRowPastTheLimitMeansMoreThanTheLimitMatch() {
        GridCount count = new GridCount(0, 50, 1000);
        assertEquals(new GridCount.Total(1000, false), count.total(1001));
    }

    @Test
    void laterPagesCountFromTheirOffset() {
        GridCount count = new GridCount(100, 50, 1000);
        assertEquals(901, count.rowsFromOffset());
        assertEquals(new GridCount.Total(130, true), count.total(30));
        assertEquals(new GridCount.Total(1000, false), count.total(901));
    }

    @Test
    void aPageBeyondTheLimitCountsAsFarAsItReaches() {
        GridCount count = new GridCount(2000, 50, 1000);
        assertEquals(2050, count.countTo());
        assertEquals(51, count.rowsFromOffset());
        assertEquals(new GridCount.Total(2020, true), count.total(20));
        assertEquals(new GridCount.Total(2050, false), count.total(51));
    }

    @Test
    void anEmptyPagePastTheEndCannotTellTheTotal() {
        assertNull(new GridCount(200, 50, 1000).total(0));
        assertEquals(new GridCount.Total(0, true), new GridCount(0, 50, 1000).total(0));
    }
}
