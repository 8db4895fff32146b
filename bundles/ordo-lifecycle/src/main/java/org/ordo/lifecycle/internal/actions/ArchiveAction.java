package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code archive}: from CLOSED to ARCHIVED. */
@Component(service = OrderAction.class, property = OrderAction.NAME + "=" + ArchiveAction.ACTION)
public class ArchiveAction extends StatusAction {
    static final String ACTION = "archive";

    public ArchiveAction() {
        super(ACTION, "Archive order", Set.of(OrderStatus.CLOSED), OrderStatus.ARCHIVED, null);
    }
}
