package org.ordo.promotions.internal;

import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderEventListener;
import org.ordo.api.order.OrderStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A cancelled or deleted order gives its coupon uses back; a deleted one takes its discounts along. */
@Component
public class OrderCancellations implements OrderEventListener {
    private final Redemptions redemptions;
    private final SpecialDiscounts discounts;

    @Activate
    public OrderCancellations(@Reference Redemptions redemptions, @Reference SpecialDiscounts discounts) {
        this.redemptions = redemptions;
        this.discounts = discounts;
    }

    @Override
    public void orderChanged(OrderEvent event) {
        if (event.type() == OrderEvent.Type.DELETED) {
            redemptions.releaseAll(event.orderId());
            discounts.forgetOrder(event.orderId());
        } else if (event.type() == OrderEvent.Type.STATUS_CHANGED && OrderStatus.CANCELLED.equals(event.toStatus())) {
            redemptions.releaseAll(event.orderId());
        }
    }
}
