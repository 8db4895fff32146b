package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
        assertEquals(Duration.ofSeconds(60), backoff.after(2));
        assertEquals(Duration.ofSeconds(120), backoff.after(3));
        assertEquals(Duration.ofSeconds(1920), backoff.after(7));
    }

    @Test
    void noRetryWaitsLongerThanTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertEquals(Duration.ofHours(1), backoff.after(8));
        assertEquals(Duration.ofHours(1), backoff.after(1000));
        assertEquals(Duration.ofHours(1), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void aMaximumBelowTheInitialDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(5)));
    }
}
