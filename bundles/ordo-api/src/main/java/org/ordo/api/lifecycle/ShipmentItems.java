package org.ordo.api.lifecycle;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one (the shipping bundle does) to let item events name a shipment:
 * {@code POST /orders/{id}/items/events/ship {"shipmentId": "7"}} fires the event on that shipment's
 * items. Called on the request's thread, outside any transaction, before the event is planned. An
 * exception fails that request with a 500 and changes nothing. With several registered, the one
 * with the highest {@code service.ranking} answers.
 */
@ConsumerType
public interface ShipmentItems {

    /** The ids of the order lines in the shipment, or empty when the order has no such shipment. */
    Optional<List<String>> itemIds(String orderId, String shipmentId);
}
