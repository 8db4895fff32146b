package org.ordo.lifecycle.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.registry.Keyed;
import org.ordo.api.registry.KeyedServices;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every {@link OrderAction} registered right now, by its {@link OrderAction#NAME}. Of two with one name
 * the higher {@code service.ranking} serves, so a bundle can replace a built-in action.
 */
@Component(service = ActionRegistry.class)
public class ActionRegistry {
    private final KeyedServices<OrderAction> actions = new KeyedServices<>(OrderAction.class, OrderAction.NAME);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeAction", updated = "updatedAction")
    void addAction(OrderAction action, Map<String, Object> properties) {
        actions.add(action, properties);
    }

    void updatedAction(OrderAction action, Map<String, Object> properties) {
        actions.update(action, properties);
    }

    void removeAction(Map<String, Object> properties) {
        actions.remove(properties);
    }

    public Optional<OrderAction> find(String name) {
        return actions.find(name).map(Keyed::service);
    }

    /** The actions in force, one per name, sorted by name. */
    public List<Keyed<OrderAction>> actions() {
        return actions.all();
    }

    public List<String> names() {
        return actions.keys();
    }
}
