package org.ordo.core.internal.order;

import java.util.ArrayList;
import java.util.List;

import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.promotion.CouponRedemptions;

/**
 * The coupon codes of one request that creates an order. They reach the order only through the
 * promotions capability's {@link CouponRedemptions}, which checks and counts them; what it counted
 * for an order that was then not made (the create was refused later, or ran again as a deadlock's
 * victim) is given back.
 */
final class CouponGate {
    private final CouponRedemptions redemptions;
    private final List<String> countedFor = new ArrayList<>();

    /** @param redemptions the promotions capability's, or null when it is not installed */
    CouponGate(CouponRedemptions redemptions) {
        this.redemptions = redemptions;
    }

    /** Checks and counts the codes for an order that has its id; answers them as the order carries them. */
    List<String> redeem(OrderDTO order, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        if (redemptions == null) {
            throw new ValidationException("couponCodes", "coupons need the promotions capability, which is not installed");
        }
        List<String> redeemed = redemptions.redeem(order, codes);
        countedFor.add(order.id);
        return redeemed;
    }

    /** Gives back what was counted for every order but the one made, which is null when none was. */
    void giveBackAllBut(String madeOrderId) {
        for (String orderId : countedFor) {
            if (!orderId.equals(madeOrderId)) {
                redemptions.releaseAll(orderId);
            }
        }
    }
}
