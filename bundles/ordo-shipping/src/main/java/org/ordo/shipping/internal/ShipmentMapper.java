package org.ordo.shipping.internal;

final class ShipmentMapper {
    private ShipmentMapper() {
    }

    static ShipmentDTO toDTO(ShipmentEntity s) {
        ShipmentDTO dto = new ShipmentDTO();
        dto.id = String.valueOf(s.id);
        dto.orderId = s.orderId;
        dto.carrier = s.carrier;
        dto.trackingNumber = s.trackingNumber;
        dto.trackingUrl = s.trackingUrl;
        dto.status = s.status;
        dto.createdAt = s.createdAt;
        dto.createdBy = s.createdBy;
        dto.version = s.version;
        for (ShippedItem item : s.items) {
            ShipmentDTO.Item shown = new ShipmentDTO.Item();
            shown.itemId = item.itemId;
            shown.sku = item.sku;
            shown.quantity = item.quantity;
            dto.items.add(shown);
        }
        for (TrackingEvent event : ShipmentStatus.chronological(s.events)) {
            ShipmentDTO.Event shown = new ShipmentDTO.Event();
            shown.status = event.status;
            shown.occurredAt = event.occurredAt;
            shown.location = event.location;
            shown.description = event.description;
            shown.recordedAt = event.recordedAt;
            shown.recordedBy = event.recordedBy;
            dto.events.add(shown);
        }
        for (Correction correction : s.corrections) {
            ShipmentDTO.Change shown = new ShipmentDTO.Change();
            shown.field = correction.field;
            shown.from = correction.oldValue;
            shown.to = correction.newValue;
            shown.by = correction.correctedBy;
            shown.at = correction.correctedAt;
            dto.history.add(shown);
        }
        return dto;
    }
}
