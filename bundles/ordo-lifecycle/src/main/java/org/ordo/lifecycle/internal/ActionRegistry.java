package org.ordo.lifecycle.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.ordo.api.lifecycle.OrderAction;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every {@link OrderAction} registered right now, by name. Of two with one name the higher
 * {@code service.ranking} serves, so a bundle can replace a built-in action.
 */
@Component(service = ActionRegistry.class)
public class ActionRegistry {

    private record Registered(ServiceReference<?> reference, OrderAction action) {
    }

    private final Map<ServiceReference<?>, Registered> all = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAction(OrderAction action, ServiceReference<OrderAction> reference) {
        all.put(reference, new Registered(reference, action));
    }

    void removeAction(ServiceReference<OrderAction> reference) {
        all.remove(reference);
    }

    public Optional<OrderAction> find(String name) {
        return Optional.ofNullable(byName().get(name));
    }

    /** The actions in force, one per name, sorted by name. */
    public Collection<OrderAction> actions() {
        return byName().values();
    }

    public List<String> names() {
        return new ArrayList<>(byName().keySet());
    }

    private Map<String, OrderAction> byName() {
        // References sort by ranking, then age: the last one put for a name is the one that wins
        Map<String, OrderAction> byName = new TreeMap<>();
        for (Registered registered : all.values()) {
            byName.put(registered.action().name(), registered.action());
        }
        return byName;
    }
}
