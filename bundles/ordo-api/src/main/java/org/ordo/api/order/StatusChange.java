package org.ordo.api.order;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change of an order's status and of its lines' item states, made at once and recorded in the
 * order's history. The lifecycle builds it; the core applies it only to the version it was built
 * from, so a change planned on stale data never lands.
 */
public class StatusChange {
    /** What is recorded as the cause: an action's name such as {@code cancel}, or {@code item:ship}. */
    public String action;
    public String actor;
    public String comment;
    /** The order's version the change was planned on. */
    public long expectedVersion;
    /** The new status, or null to keep it. */
    public String toStatus;
    /** New item states by line id. */
    public Map<String, String> lineStates = new LinkedHashMap<>();
    /** Lines whose reserved stock goes back to the catalog (a cancelled item). */
    public Set<String> releaseStock = new java.util.LinkedHashSet<>();
    /** Lines whose reserved stock has left the warehouse and is no longer held (a shipped item). */
    public Set<String> consumeStock = new java.util.LinkedHashSet<>();
}
