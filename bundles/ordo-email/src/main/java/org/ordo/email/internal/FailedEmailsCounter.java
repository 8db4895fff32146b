package org.ordo.email.internal;

import org.ordo.api.dashboard.DashboardCounter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code failedEmails} on the dashboard: emails that gave up, for someone to look at and retry. */
@Component(service = DashboardCounter.class, property = DashboardCounter.NAME + "=failedEmails")
public class FailedEmailsCounter implements DashboardCounter {
    private final Outbox outbox;

    @Activate
    public FailedEmailsCounter(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Object value() {
        return outbox.failedCount();
    }
}
