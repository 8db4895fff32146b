package org.ordo.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;

class ConsolePagesTest {

    private static Page<String> page(int page, int size, int shown, long total) {
        return new Page<>(Collections.nCopies(shown, "x"), new PageRequest(page, size), total);
    }

    @Test
    void aWholeListNeedsNoWord() {
        assertEquals(Optional.empty(), ConsolePages.summary(page(1, 200, 3, 3), "comments"));
        assertEquals(Optional.empty(), ConsolePages.summary(page(1, 200, 0, 0), "comments"));
    }

    @Test
    void aLongListSaysHowManyMoreAndWhichPageShowsThem() {
        assertEquals(Optional.of("Shown: 1 to 200 of 523 comments; 323 more with --page 2"),
                ConsolePages.summary(page(1, 200, 200, 523), "comments"));
        assertEquals(Optional.of("Shown: 401 to 523 of 523 comments"),
                ConsolePages.summary(page(3, 200, 123, 523), "comments"));
        assertEquals(Optional.of("Page 9 is past the last of 523 comments"),
                ConsolePages.summary(page(9, 200, 0, 523), "comments"));
    }

    @Test
    void beyondTheDeepestPageOnlyTheCountIsGiven() {
        assertEquals(Optional.of("Shown: 1000001 to 1000200 of 2000000 entries; 999800 more"),
                ConsolePages.summary(page(5001, 200, 200, 2_000_000), "entries"));
    }

    @Test
    void pageIsReadAsTheRestApiReadsIt() {
        assertEquals(new PageRequest(1, 200), ConsolePages.request(null));
        assertEquals(new PageRequest(2, 200), ConsolePages.request("2"));
        ValidationException refused = assertThrows(ValidationException.class, () -> ConsolePages.request("two"));
        assertEquals(List.of("page: must be a whole number"), refused.reasons());
    }
}
