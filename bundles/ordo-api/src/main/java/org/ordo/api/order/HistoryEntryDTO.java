package org.ordo.api.order;

import java.time.Instant;

/** One recorded change of an order: who, when, what, and from which status to which. */
public class HistoryEntryDTO {
    public Instant at;
    public String actor;
    public String action;
    public String fromStatus;
    public String toStatus;
    public String comment;
    /** Item state changes, such as {@code 12: NEW -> CANCELLED}; null when none. */
    public String items;
}
