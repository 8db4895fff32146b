package org.ordo.api.dashboard;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to add an entry to {@code GET /dashboard}. Called on the request's
 * thread each time the dashboard is read, so keep it to one cheap query. A counter that throws is
 * left out of that answer.
 */
@ConsumerType
public interface DashboardCounter {

    /** The entry's key, such as {@code openReclamations}; unique across counters. */
    String name();

    /** A number, or a map of names to numbers (such as orders by status). */
    Object value();
}
