package org.ordo.core.internal.dashboard;

import org.ordo.api.dashboard.DashboardCounter;
import org.ordo.core.internal.order.OrderGrid;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The core's dashboard entry: {@code ordersByStatus}, such as {@code {"OPEN": 12, "SHIPPED": 3}}. */
@Component(service = DashboardCounter.class, property = DashboardCounter.NAME + "=ordersByStatus")
public class OrdersByStatusCounter implements DashboardCounter {
    private final OrderGrid grid;

    @Activate
    public OrdersByStatusCounter(@Reference OrderGrid grid) {
        this.grid = grid;
    }

    @Override
    public Object value() {
        return grid.countByStatus();
    }
}
