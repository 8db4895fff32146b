package org.ordo.promotions.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.promotion.CouponRedemptions;
import org.ordo.persistence.Transactions;
import org.ordo.promotions.internal.CouponRefusedException.Reason;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Coupon codes on orders, whichever way they come: a redemption is checked and counted before the
 * code reaches the order. The conditional increment of the promotion's use count locks its row, so
 * of many orders racing for the last use exactly one gets it, and the checks after it (this order's
 * earlier uses, the customer's) see every redemption before them. The count is given back when the
 * code leaves the order or the order is cancelled. Discounts follow the counted uses only: a code on
 * an order without its use counted takes nothing off ({@link PromotionsAdjuster}).
 */
@Component(service = {Redemptions.class, CouponRedemptions.class})
public class Redemptions implements CouponRedemptions {
    private final Transactions tx;
    private final OrderService orders;

    @Activate
    public Redemptions(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa, @Reference OrderService orders) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
    }

    /** {@code POST /orders/{id}/coupons}: one more code on an open order. */
    public OrderDTO apply(String orderId, String typedCode, String actor) {
        if (typedCode == null || typedCode.isBlank()) {
            throw new ValidationException("code", "is required");
        }
        String code = normalised(typedCode);
        OrderDTO order = orders.get(orderId);
        if (!OrderStatus.OPEN.equals(order.status)) {
            throw new ConflictException("Order " + order.number + " is " + order.status + "; coupons apply to open orders only");
        }
        if (order.couponCodes.size() >= MAX_CODES_PER_ORDER) {
            throw new ValidationException("code", "order " + order.number + " carries " + MAX_CODES_PER_ORDER
                    + " coupon codes already, as many as an order may");
        }
        tx.run(em -> redeem(em, code, "code", order));
        try {
            return orders.addCoupon(orderId, code, actor);
        } catch (RuntimeException e) {
            release(order.id, code);
            throw e;
        }
    }

    @Override
    public List<String> redeem(OrderDTO order, List<String> codes) {
        List<String> redeemed = new ArrayList<>();
        codes.forEach(code -> redeemed.add(normalised(code)));
        tx.run(em -> {
            for (int i = 0; i < redeemed.size(); i++) {
                redeem(em, redeemed.get(i), "couponCodes[" + i + "]", order);
            }
        });
        return redeemed;
    }

    public OrderDTO remove(String orderId, String typedCode, String actor) {
        String code = normalised(typedCode);
        OrderDTO order = orders.removeCoupon(orderId, code, actor);
        release(orderId, code);
        return order;
    }

    private static String normalised(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private void redeem(EntityManager em, String code, String field, OrderDTO order) {
        List<CouponEntity> found = em.createQuery("SELECT c FROM CouponEntity c WHERE c.code = :code", CouponEntity.class)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new CouponRefusedException(Reason.UNKNOWN, field, "There is no coupon " + code);
        }
        CouponEntity coupon = found.get(0);
        PromotionEntity promotion = em.find(PromotionEntity.class, coupon.promotionId);
        Instant now = Instant.now();
        if (!promotion.active) {
            throw new CouponRefusedException(Reason.INACTIVE, field, "The promotion of coupon " + code + " is not active");
        }
        if (promotion.startsAt != null && now.isBefore(promotion.startsAt)) {
            throw new CouponRefusedException(Reason.NOT_YET_VALID, field, "Coupon " + code + " is valid from " + promotion.startsAt);
        }
        if (promotion.endsAt != null && !now.isBefore(promotion.endsAt)) {
            throw new CouponRefusedException(Reason.EXPIRED, field, "Coupon " + code + " expired at " + promotion.endsAt);
        }
        if (coupon.customerId != null && !coupon.customerId.equals(order.customerId)) {
            throw new CouponRefusedException(Reason.OTHER_CUSTOMER, field, "Coupon " + code + " is another customer's voucher");
        }
        if (promotion.minSubtotal != null && order.totals.subtotal.compareTo(promotion.minSubtotal) < 0) {
            throw new CouponRefusedException(Reason.MINIMUM_NOT_MET, field, "Coupon " + code + " needs a subtotal of at least "
                    + promotion.minSubtotal.stripTrailingZeros().toPlainString() + "; the order's is " + order.totals.subtotal);
        }
        // Locks the promotion's row until commit: the checks below see every earlier redemption
        int counted = em.createNativeQuery(
                "UPDATE PROMOTIONS SET USED = USED + 1 WHERE ID = ? AND (USAGE_LIMIT IS NULL OR USED < USAGE_LIMIT)")
                .setParameter(1, promotion.id).executeUpdate();
        if (counted == 0) {
            throw new CouponRefusedException(Reason.USED_UP, field, "Coupon " + code + " has been used as often as it may be");
        }
        List<String> onOrder = em.createQuery(
                "SELECT u.code FROM CouponUsageEntity u WHERE u.promotionId = :p AND u.orderId = :o", String.class)
                .setParameter("p", promotion.id).setParameter("o", order.id).getResultList();
        if (!onOrder.isEmpty()) {
            // One promotion discounts an order once, whichever of its codes brought it
            throw new CouponRefusedException(Reason.ALREADY_APPLIED, field, onOrder.contains(code)
                    ? "Coupon " + code + " is already on order " + order.number
                    : "The promotion of coupon " + code + " is already on order " + order.number + " through " + onOrder.get(0));
        }
        if (promotion.perCustomerLimit != null) {
            long byCustomer = em.createQuery(
                    "SELECT COUNT(u) FROM CouponUsageEntity u WHERE u.promotionId = :p AND u.customerId = :c", Long.class)
                    .setParameter("p", promotion.id).setParameter("c", order.customerId).getSingleResult();
            if (byCustomer >= promotion.perCustomerLimit) {
                throw new CouponRefusedException(Reason.CUSTOMER_LIMIT, field, "This customer has used the promotion of coupon "
                        + code + " " + byCustomer + " time(s), as often as allowed");
            }
        }
        CouponUsageEntity usage = new CouponUsageEntity();
        usage.promotionId = promotion.id;
        usage.code = code;
        usage.orderId = order.id;
        usage.customerId = order.customerId;
        usage.usedAt = now;
        em.persist(usage);
        // Written now, so that the next code of the same call sees it
        em.flush();
    }

    /** Gives back one code's use on an order. */
    public void release(String orderId, String code) {
        tx.run(em -> em.createQuery("SELECT u FROM CouponUsageEntity u WHERE u.orderId = :o AND u.code = :c",
                CouponUsageEntity.class).setParameter("o", orderId).setParameter("c", code).getResultList()
                .forEach(usage -> forget(em, usage)));
    }

    @Override
    public void releaseAll(String orderId) {
        tx.run(em -> em.createQuery("SELECT u FROM CouponUsageEntity u WHERE u.orderId = :o", CouponUsageEntity.class)
                .setParameter("o", orderId).getResultList().forEach(usage -> forget(em, usage)));
    }

    private static void forget(EntityManager em, CouponUsageEntity usage) {
        em.createNativeQuery("UPDATE PROMOTIONS SET USED = USED - 1 WHERE ID = ? AND USED > 0")
                .setParameter(1, usage.promotionId).executeUpdate();
        em.remove(usage);
    }
}
