package org.ordo.shipping.internal;

import org.ordo.api.dashboard.DashboardCounter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code shipmentsInException} on the dashboard: parcels the carrier reports a problem with. */
@Component(service = DashboardCounter.class, property = DashboardCounter.NAME + "=shipmentsInException")
public class ShipmentExceptionsCounter implements DashboardCounter {
    private final Shipments shipments;

    @Activate
    public ShipmentExceptionsCounter(@Reference Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public Object value() {
        return shipments.countInStatus(ShipmentStatus.EXCEPTION);
    }
}
