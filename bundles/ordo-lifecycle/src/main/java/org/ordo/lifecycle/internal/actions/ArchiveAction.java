package org.ordo.lifecycle.internal.actions;

import java.util.Set;

import org.ordo.api.lifecycle.OrderAction;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Component;

/** {@code archive}: from CLOSED to ARCHIVED. */
@Component(service = OrderAction.class, property = "ordo.action=archive")
public class ArchiveAction extends StatusAction {
    public ArchiveAction() {
        super("archive", "Archive order", Set.of(OrderStatus.CLOSED), OrderStatus.ARCHIVED, null);
    }
}
