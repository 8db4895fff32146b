package org.ordo.api.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reads orders, and lets capability bundles change the parts of an order they own. */
@ProviderType
public interface OrderService {

    /** @throws org.ordo.api.error.NotFoundException when there is no such order */
    OrderDTO get(String orderId);

    Optional<OrderDTO> find(String orderId);

    /** Adds a flag such as {@code RECLAMATION}; adding one the order has already is a no-op. */
    OrderDTO addFlag(String orderId, String flag, String actor);

    /** Removes a flag; removing one the order lacks is a no-op. */
    OrderDTO removeFlag(String orderId, String flag, String actor);

    /**
     * Computes the totals of an open order again, asking every totals adjuster anew; used when what
     * an adjuster decides on has changed (a coupon applied, a shipping price edited).
     */
    OrderDTO recalculate(String orderId, String actor);

    /**
     * Puts a coupon code on an open order and computes its totals again, in one transaction; adding a
     * code the order has already is a no-op. The promotions bundle checks the code first.
     *
     * @throws org.ordo.api.error.ConflictException when the order is not open
     */
    OrderDTO addCoupon(String orderId, String code, String actor);

    /** @throws org.ordo.api.error.NotFoundException when the order does not carry the code */
    OrderDTO removeCoupon(String orderId, String code, String actor);

    /**
     * Applies a status and item-state change and records it in the order's history, in one
     * transaction; order events follow after commit.
     *
     * @throws org.ordo.api.error.ConflictException when the order is no longer at
     *         {@code change.expectedVersion}: re-read it and plan again
     */
    OrderDTO transition(String orderId, StatusChange change);

    /** A page of the order's recorded changes, oldest first; an order may collect any number of them. */
    Page<HistoryEntryDTO> history(String orderId, PageRequest page);

    /** Ids of open orders whose {@code expiresAt} has passed, oldest first, at most {@code limit}. */
    List<String> expiredOpenOrders(Instant now, int limit);
}
