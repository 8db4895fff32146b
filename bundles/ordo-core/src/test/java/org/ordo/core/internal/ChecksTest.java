package org.ordo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.FieldError;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;

class ChecksTest {

    private static List<FieldError> bounds(List<Checks.Units> lines) {
        Violations v = new Violations();
        Checks.lineBounds(v, lines, "lines", i -> "lines[" + i + "].quantity");
        try {
            v.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    @Test
    void manyLinesOfOneSkuCannotWrapTheSumAround() {
        // 2,148 lines of a million units: an int sum wraps to a negative number and slipped past stock
        List<Checks.Units> lines = new ArrayList<>(Collections.nCopies(500, new Checks.Units("LAMP-1", 1_000_000)));
        List<FieldError> errors = bounds(lines);
        assertEquals(1, errors.size());
        assertEquals("lines[0].quantity", errors.get(0).field);
        assertTrue(errors.get(0).message.contains("500000000"), errors.get(0).message);
    }

    @Test
    void unitsOfOneSkuAddUpOverLinesToTheLimitAndNoFurther() {
        assertEquals(List.of(), bounds(List.of(new Checks.Units("A", 600_000), new Checks.Units("B", 1),
                new Checks.Units("A", 400_000))));
        List<FieldError> errors = bounds(List.of(new Checks.Units("B", 1), new Checks.Units("A", 600_000),
                new Checks.Units("A", 400_001)));
        assertEquals("lines[1].quantity", errors.get(0).field);
    }

    @Test
    void moreThanFiveHundredLinesAreRefusedWhereverTheyComeFrom() {
        List<FieldError> errors = bounds(Collections.nCopies(2148, new Checks.Units("A", 1)));
        assertEquals("lines", errors.get(0).field);
        assertTrue(errors.get(0).message.contains("2148"));
        assertEquals(List.of(), bounds(Collections.nCopies(500, new Checks.Units("A", 1))));
    }
}
