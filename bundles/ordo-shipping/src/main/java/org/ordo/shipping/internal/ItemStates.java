package org.ordo.shipping.internal;

import java.util.List;

import org.ordo.api.lifecycle.ItemEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Moves order items along as shipments go, when the lifecycle is installed: {@code ship} once all
 * of a line's units are in shipments, {@code deliver} once all of them are delivered. Without the
 * lifecycle, shipments are recorded and items keep their states.
 */
@Component(service = ItemStates.class)
public class ItemStates {
    static final String SHIP = "ship";
    static final String DELIVER = "deliver";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ItemEvents events;

    /** Whether an item in this state may go into a shipment. */
    boolean canShip(String itemState) {
        ItemEvents installed = events;
        return installed == null || installed.accepts(itemState, SHIP);
    }

    /**
     * Fires {@code ship} on the lines a shipment completed, all or nothing.
     *
     * @throws org.ordo.api.error.ProblemException the lifecycle's refusal, for the caller to roll back
     */
    void shipped(String orderId, List<String> completedItemIds, String shipment, String actor) {
        ItemEvents installed = events;
        if (installed != null && !completedItemIds.isEmpty()) {
            installed.fire(orderId, SHIP, completedItemIds, shipment, actor);
        }
    }

    /** Fires {@code deliver} on those of the lines that can take it; lines delivered already stay as they are. */
    void delivered(String orderId, List<String> deliveredItemIds, String shipment, String actor) {
        ItemEvents installed = events;
        if (installed != null && !deliveredItemIds.isEmpty()) {
            installed.fireWhereAccepted(orderId, DELIVER, deliveredItemIds, shipment, actor);
        }
    }
}
