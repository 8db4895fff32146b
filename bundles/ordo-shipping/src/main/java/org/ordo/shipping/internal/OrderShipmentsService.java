package org.ordo.shipping.internal;

import java.util.List;

import org.ordo.api.error.NotFoundException;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.shipping.OrderShipments;
import org.ordo.api.shipping.ShipmentSummaryDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An order's shipments for the other capabilities, without the history only agents need. */
@Component
public class OrderShipmentsService implements OrderShipments {
    private final Shipments shipments;

    @Activate
    public OrderShipmentsService(@Reference Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public List<ShipmentSummaryDTO> of(String orderId) {
        try {
            // One page holds them all: an order has at most Shipments.MAX_PER_ORDER
            return shipments.list(orderId, new PageRequest(1, Shipments.MAX_PER_ORDER)).items.stream()
                    .map(OrderShipmentsService::summary).toList();
        } catch (NotFoundException unknownOrder) {
            return List.of();
        }
    }

    private static ShipmentSummaryDTO summary(ShipmentDTO shipment) {
        ShipmentSummaryDTO summary = new ShipmentSummaryDTO();
        summary.id = shipment.id;
        summary.carrier = shipment.carrier;
        summary.trackingNumber = shipment.trackingNumber;
        summary.trackingUrl = shipment.trackingUrl;
        summary.status = shipment.status;
        for (ShipmentDTO.Item item : shipment.items) {
            ShipmentSummaryDTO.Item summarised = new ShipmentSummaryDTO.Item();
            summarised.itemId = item.itemId;
            summarised.sku = item.sku;
            summarised.quantity = item.quantity;
            summary.items.add(summarised);
        }
        return summary;
    }
}
