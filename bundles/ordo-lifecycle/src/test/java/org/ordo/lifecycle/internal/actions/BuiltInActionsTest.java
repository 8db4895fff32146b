package org.ordo.lifecycle.internal.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderDTO;

class BuiltInActionsTest {
    private static final List<String> STATUSES = List.of("OPEN", "SHIPPED", "CANCELLED", "CLOSED", "ARCHIVED", "ON_HOLD");

    private static OrderDTO order(String status) {
        OrderDTO order = new OrderDTO();
        order.status = status;
        return order;
    }

    @Test
    void eachActionIsAllowedFromExactlyTheContractsStatuses() {
        Map<OrderAction, List<String>> allowedFrom = Map.of(
                new CancelAction(), List.of("OPEN"),
                new MarkShippedAction(), List.of("OPEN"),
                new CloseAction(), List.of("OPEN", "CANCELLED", "SHIPPED"),
                new ArchiveAction(), List.of("CLOSED"));
        allowedFrom.forEach((action, from) -> {
            for (String status : STATUSES) {
                String refusal = action.refusal(order(status));
                if (from.contains(status)) {
                    assertNull(refusal, action.getClass().getSimpleName() + " from " + status);
                } else {
                    assertNotNull(refusal, action.getClass().getSimpleName() + " from " + status);
                }
            }
        });
    }

    @Test
    void eachActionMovesTheOrderAndItsItems() {
        assertEquals("CANCELLED", new CancelAction().plan(order("OPEN")).toStatus());
        assertEquals("cancel", new CancelAction().plan(order("OPEN")).itemEvent());
        assertEquals("SHIPPED", new MarkShippedAction().plan(order("OPEN")).toStatus());
        assertEquals("ship", new MarkShippedAction().plan(order("OPEN")).itemEvent());
        assertEquals("CLOSED", new CloseAction().plan(order("SHIPPED")).toStatus());
        assertEquals("ARCHIVED", new ArchiveAction().plan(order("CLOSED")).toStatus());
        assertNull(new ArchiveAction().plan(order("CLOSED")).itemEvent());
    }

    @Test
    void aRefusalSaysWhatStatusIsNeeded() {
        assertEquals("the order is OPEN; archive needs it to be CLOSED", new ArchiveAction().refusal(order("OPEN")));
    }
}
