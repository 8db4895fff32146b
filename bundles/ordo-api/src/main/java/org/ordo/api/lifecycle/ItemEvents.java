package org.ordo.api.lifecycle;

import java.util.List;

import org.ordo.api.order.OrderDTO;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The item process as a service, for bundles whose own records move items along: the shipping bundle
 * fires {@code ship} when a shipment is recorded and {@code deliver} when it is delivered. Registered
 * by the lifecycle bundle; reference it optionally, since an installation may run without it.
 *
 * <p>Called on the caller's thread. An empty list of item ids changes nothing (it never means "all
 * items"). Each firing is one transaction of the core, recorded in the order's history under the
 * actor; when every live item has shipped the order becomes {@code SHIPPED}, as over REST.
 */
@ProviderType
public interface ItemEvents {

    /** Whether an item in {@code itemState} can take {@code event} under the item process in force. */
    boolean accepts(String itemState, String event);

    /**
     * Fires {@code event} on the listed items, all or nothing, and answers the order after it.
     *
     * @throws org.ordo.api.error.ConflictException when one of them cannot take it, or the order no
     *         longer changes (archived); nothing is changed
     * @throws org.ordo.api.error.ValidationException when an id is not an item of the order
     * @throws org.ordo.api.error.NotFoundException when the order or the event does not exist
     */
    OrderDTO fire(String orderId, String event, List<String> itemIds, String comment, String actor);

    /**
     * Fires {@code event} on those of the listed items that can take it, leaving the others as they
     * are, and answers the order after it (unchanged when none could).
     *
     * @throws org.ordo.api.error.ConflictException when the order no longer changes (archived)
     */
    OrderDTO fireWhereAccepted(String orderId, String event, List<String> itemIds, String comment, String actor);
}
