package org.ordo.shipping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.FieldError;
import org.ordo.api.error.ValidationException;

class ShipmentPlanTest {
    private static final List<ShipmentPlan.Line> LINES = List.of(
            new ShipmentPlan.Line("1", "A", 3, 0),
            new ShipmentPlan.Line("2", "B", 2, 2),
            new ShipmentPlan.Line("3", "C", 5, 1));

    private static String describe(List<ShippedItem> items) {
        return String.join(",", items.stream().map(i -> i.itemId + "x" + i.quantity).toList());
    }

    @Test
    void withoutItemsEveryUnitNotShippedYetGoes() {
        assertEquals("1x3,3x4", describe(ShipmentPlan.plan("SO-1", LINES, null)));
        assertEquals("1x3,3x4", describe(ShipmentPlan.plan("SO-1", LINES, List.of())));
    }

    @Test
    void withNothingLeftToShipTheShipmentIsRefused() {
        List<ShipmentPlan.Line> done = List.of(new ShipmentPlan.Line("1", "A", 1, 1));
        ValidationException refused = assertThrows(ValidationException.class, () -> ShipmentPlan.plan("SO-1", done, null));
        assertEquals("items", refused.errors().get(0).field);
    }

    @Test
    void aLineSplitsOverShipmentsUpToWhatWasOrdered() {
        assertEquals("3x2", describe(ShipmentPlan.plan("SO-1", LINES, List.of(new ShipmentPlan.Wanted("3", 2)))));
        assertEquals("3x4", describe(ShipmentPlan.plan("SO-1", LINES, List.of(new ShipmentPlan.Wanted("3", 4)))));
    }

    @Test
    void aLineNamedTwiceCountsOnceWithBothQuantities() {
        assertEquals("1x3", describe(ShipmentPlan.plan("SO-1", LINES,
                List.of(new ShipmentPlan.Wanted("1", 1), new ShipmentPlan.Wanted("1", 2)))));
        ValidationException refused = assertThrows(ValidationException.class, () -> ShipmentPlan.plan("SO-1", LINES,
                List.of(new ShipmentPlan.Wanted("1", 2), new ShipmentPlan.Wanted("1", 2))));
        assertEquals("items[1].quantity", refused.errors().get(0).field);
    }

    @Test
    void moreThanIsLeftIsRefusedSayingWhatWasOrderedAndShipped() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ShipmentPlan.plan("SO-1", LINES, List.of(new ShipmentPlan.Wanted("3", 5))));
        FieldError error = refused.errors().get(0);
        assertEquals("items[0].quantity", error.field);
        assertTrue(error.message.contains("ordered 5") && error.message.contains("1 shipped already"), error.message);
        assertThrows(ValidationException.class, () -> ShipmentPlan.plan("SO-1", LINES, List.of(new ShipmentPlan.Wanted("2", 1))));
    }

    @Test
    void unknownItemsAndBadQuantitiesAreEachNamed() {
        ValidationException refused = assertThrows(ValidationException.class, () -> ShipmentPlan.plan("SO-1", LINES,
                List.of(new ShipmentPlan.Wanted("99", 1), new ShipmentPlan.Wanted("1", 0),
                        new ShipmentPlan.Wanted("1", null), new ShipmentPlan.Wanted(null, 1))));
        assertEquals(List.of("items[0].itemId", "items[1].quantity", "items[2].quantity", "items[3].itemId"),
                refused.errors().stream().map(e -> e.field).toList());
    }
}
