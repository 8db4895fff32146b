package org.ordo.reclamations.internal;

import org.ordo.api.dashboard.DashboardCounter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code openReclamations} on the dashboard. */
@Component(service = DashboardCounter.class, property = DashboardCounter.NAME + "=openReclamations")
public class OpenReclamationsCounter implements DashboardCounter {
    private final Reclamations reclamations;

    @Activate
    public OpenReclamationsCounter(@Reference Reclamations reclamations) {
        this.reclamations = reclamations;
    }

    @Override
    public Object value() {
        return reclamations.openCount();
    }
}
