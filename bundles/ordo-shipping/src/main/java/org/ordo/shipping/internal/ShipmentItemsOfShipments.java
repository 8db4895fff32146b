package org.ordo.shipping.internal;

import java.util.List;
import java.util.Optional;

import org.ordo.api.lifecycle.ShipmentItems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Lets {@code POST /orders/{id}/items/events/{event} {"shipmentId": ...}} name one of this bundle's shipments. */
@Component
public class ShipmentItemsOfShipments implements ShipmentItems {
    private final Shipments shipments;

    @Activate
    public ShipmentItemsOfShipments(@Reference Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public Optional<List<String>> itemIds(String orderId, String shipmentId) {
        return shipments.itemIds(orderId, shipmentId);
    }
}
