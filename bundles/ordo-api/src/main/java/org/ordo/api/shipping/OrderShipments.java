package org.ordo.api.shipping;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The shipments of an order, provided by the shipping bundle while it is installed; reference it
 * optionally. Callable on any thread, outside any transaction; it reads committed data only.
 */
@ProviderType
public interface OrderShipments {

    /** Oldest first; empty for an order without shipments or an unknown order. */
    List<ShipmentSummaryDTO> of(String orderId);
}
