package org.ordo.shipping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShipmentStatusTest {

    private static TrackingEvent event(String status, String occurredAt, String description) {
        TrackingEvent event = new TrackingEvent();
        event.status = status;
        event.occurredAt = Instant.parse(occurredAt);
        event.description = description;
        return event;
    }

    @Test
    void withoutEventsAShipmentIsCreated() {
        assertEquals(ShipmentStatus.CREATED, ShipmentStatus.of(List.of()));
    }

    @Test
    void theLatestEventByWhenItOccurredSetsTheStatusWhateverTheOrderItCameIn() {
        List<TrackingEvent> recorded = List.of(
                event("DELIVERED", "2026-11-23T15:00:00Z", "late report"),
                event("IN_TRANSIT", "2026-11-22T08:00:00Z", "first"),
                event("OUT_FOR_DELIVERY", "2026-11-23T07:00:00Z", "second"));
        assertEquals("DELIVERED", ShipmentStatus.of(recorded));
        assertEquals(List.of("first", "second", "late report"),
                ShipmentStatus.chronological(recorded).stream().map(e -> e.description).toList());
    }

    @Test
    void anEarlierEventReportedLaterDoesNotSetTheStatus() {
        List<TrackingEvent> recorded = List.of(
                event("EXCEPTION", "2026-11-23T09:00:00Z", "damaged"),
                event("IN_TRANSIT", "2026-11-22T09:00:00Z", "reported late"));
        assertEquals("EXCEPTION", ShipmentStatus.of(recorded));
    }

    @Test
    void eventsAtTheSameInstantCountInTheOrderTheyWereRecorded() {
        List<TrackingEvent> recorded = List.of(
                event("OUT_FOR_DELIVERY", "2026-11-22T09:00:00Z", "a"),
                event("DELIVERED", "2026-11-22T09:00:00Z", "b"));
        assertEquals("DELIVERED", ShipmentStatus.of(recorded));
    }
}
