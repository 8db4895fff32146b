package org.ordo.api.dashboard;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to add an entry to {@code GET /dashboard} and to {@code ordo:status}.
 * Called on the request's (or console session's) thread each time the dashboard is read, outside
 * any transaction, so keep it to one cheap query of your own. A counter that throws is logged and
 * left out of that answer; the other entries still show.
 */
@ConsumerType
public interface DashboardCounter {

    /** The entry's key, such as {@code openReclamations}; unique across counters. */
    String name();

    /** A number, or a map of names to numbers (such as orders by status). */
    Object value();
}
