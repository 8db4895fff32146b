package org.ordo.core.internal.dashboard;

import java.util.List;
import java.util.Map;

import org.ordo.api.dashboard.DashboardCounter;
import org.ordo.api.registry.Keyed;
import org.ordo.api.registry.KeyedServices;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every {@link DashboardCounter} installed right now, by its {@link DashboardCounter#NAME}, for
 * {@code GET /dashboard} and {@code ordo:status} alike; of two with one name the higher
 * {@code service.ranking} shows.
 */
@Component(service = DashboardCounters.class)
public class DashboardCounters {
    private final KeyedServices<DashboardCounter> counters = new KeyedServices<>(DashboardCounter.class, DashboardCounter.NAME);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCounter", updated = "updatedCounter")
    void addCounter(DashboardCounter counter, Map<String, Object> properties) {
        counters.add(counter, properties);
    }

    void updatedCounter(DashboardCounter counter, Map<String, Object> properties) {
        counters.update(counter, properties);
    }

    void removeCounter(Map<String, Object> properties) {
        counters.remove(properties);
    }

    /** The counters in force, one per name, sorted by name. */
    public List<Keyed<DashboardCounter>> all() {
        return counters.all();
    }
}
