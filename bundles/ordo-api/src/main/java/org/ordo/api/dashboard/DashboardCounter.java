package org.ordo.api.dashboard;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to add an entry to {@code GET /dashboard} and to {@code ordo:status}, under
 * the key its service property {@value #NAME} gives, such as {@code openReclamations} (with Declarative
 * Services: {@code @Component(property = DashboardCounter.NAME + "=openReclamations")}); a service without
 * it is ignored, with a warning in the log. Two counters with one name: the higher {@code service.ranking}
 * shows (of equal rankings, the one registered first), so a bundle can replace a built-in one.
 * Called on the request's (or console session's) thread each time the dashboard is read, outside
 * any transaction, so keep it to one cheap query of your own. A counter that throws is logged and
 * left out of that answer; the other entries still show.
 */
@ConsumerType
public interface DashboardCounter {

    /** The service property that gives the entry's key. */
    String NAME = "ordo.dashboard.counter.name";

    /** A number, or a map of names to numbers (such as orders by status). */
    Object value();
}
