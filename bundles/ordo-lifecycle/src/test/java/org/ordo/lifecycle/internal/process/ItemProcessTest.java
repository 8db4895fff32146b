package org.ordo.lifecycle.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ItemProcessTest {
    private final ItemProcess process = ItemProcessParser.defaultProcess();

    @Test
    void theDefaultProcessIsTheContracts() {
        assertEquals(Optional.of("PAID"), process.next("NEW", "pay"));
        assertEquals(Optional.of("SHIPPED"), process.next("PAID", "ship"));
        assertEquals(Optional.of("DELIVERED"), process.next("SHIPPED", "deliver"));
        assertEquals(Optional.of("CLOSED"), process.next("DELIVERED", "close"));
        assertEquals(Optional.of("CANCELLED"), process.next("NEW", "cancel"));
        assertEquals(Optional.of("CANCELLED"), process.next("PAID", "cancel"));
        assertEquals(Optional.of("RETURNED"), process.next("DELIVERED", "return"));
        assertEquals("NEW", process.initial());
    }

    @Test
    void anEventThatDoesNotApplyToAStateLeadsNowhere() {
        assertEquals(Optional.empty(), process.next("NEW", "ship"));
        assertEquals(Optional.empty(), process.next("SHIPPED", "cancel"));
        assertEquals(Optional.empty(), process.next("CANCELLED", "pay"));
        assertFalse(process.knows("explode"));
    }

    @Test
    void shippedAndCancelledStatesAreKnown() {
        assertTrue(process.isShipped("DELIVERED"));
        assertFalse(process.isShipped("PAID"));
        assertTrue(process.isCancelled("CANCELLED"));
    }

    @Test
    void aCustomProcessMayShipWithoutPayment() {
        ItemProcess cashOnDelivery = ItemProcessParser.parse("NEW",
                List.of("ship: NEW > SHIPPED", "deliver: SHIPPED > PAID", "cancel: NEW > CANCELLED"),
                List.of("SHIPPED", "PAID"), List.of("CANCELLED"));
        assertEquals(Optional.of("SHIPPED"), cashOnDelivery.next("NEW", "ship"));
    }

    @Test
    void everyMistakeOfADefinitionIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ItemProcessParser.parse(
                "NEW", List.of("pay NEW > PAID", "ship: PAID > SHIPPED", "ship: PAID > LOST", "x: A > B C"),
                List.of("SHIPPED", "GONE"), List.of()));
        String message = refused.getMessage();
        assertTrue(message.contains("'pay NEW > PAID' is not of the form"), message);
        assertTrue(message.contains("event ship from PAID leads both to SHIPPED and to LOST"), message);
        assertTrue(message.contains("'x: A > B C'"), message);
        assertTrue(message.contains("state GONE"), message);
    }
}
