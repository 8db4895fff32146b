package org.ordo.api.promotion;

import java.util.List;

import org.ordo.api.order.OrderDTO;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one door through which a coupon code reaches an order, whichever endpoint or command carries
 * it: each code is checked against its promotion's rules (window, activity, minimum, voucher owner,
 * usage and per-customer limits) and its use is counted, or the whole call is refused and nothing is
 * counted. The promotions capability provides it; without it an order takes no coupon codes.
 */
@ProviderType
public interface CouponRedemptions {

    /** Codes one order may carry: enough for honest stacking, too few to make a list of them cost anything. */
    int MAX_CODES_PER_ORDER = 5;

    /**
     * Checks and counts codes for an order that has an id, its customer and its subtotal before
     * discounts; answers the codes as the order is to carry them (trimmed, upper case), in the order given.
     *
     * @throws org.ordo.api.error.ProblemException (422 with a {@code reason}) for the first code refused;
     *         then no code of the call is counted
     */
    List<String> redeem(OrderDTO order, List<String> codes);

    /** Gives back every use the order counted: its creation failed after {@link #redeem}, or it was cancelled. */
    void releaseAll(String orderId);
}
