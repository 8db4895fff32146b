package org.ordo.promotions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.persistence.Transactions;
import org.ordo.promotions.internal.CouponRefusedException.Reason;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Coupon codes on orders. A redemption is counted before the code reaches the order: the
 * conditional increment of the promotion's use count locks its row, so of many orders racing for the
 * last use exactly one gets it; the count is given back when the code leaves the order or the order
 * is cancelled.
 */
@Component(service = Redemptions.class)
public class Redemptions {
    private final Transactions tx;
    private final OrderService orders;

    @Activate
    public Redemptions(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa, @Reference OrderService orders) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
    }

    public OrderDTO apply(String orderId, String typedCode, String actor) {
        if (typedCode == null || typedCode.isBlank()) {
            throw new ValidationException("code", "is required");
        }
        String code = typedCode.trim().toUpperCase(Locale.ROOT);
        OrderDTO order = orders.get(orderId);
        if (!OrderStatus.OPEN.equals(order.status)) {
            throw new ConflictException("Order " + order.number + " is " + order.status + "; coupons apply to open orders only");
        }
        if (order.couponCodes.contains(code)) {
            throw new CouponRefusedException(Reason.ALREADY_APPLIED, "Coupon " + code + " is already on order " + order.number);
        }
        tx.run(em -> redeem(em, code, order));
        try {
            return orders.addCoupon(orderId, code, actor);
        } catch (RuntimeException e) {
            release(orderId, code);
            throw e;
        }
    }

    public OrderDTO remove(String orderId, String typedCode, String actor) {
        String code = typedCode.trim().toUpperCase(Locale.ROOT);
        OrderDTO order = orders.removeCoupon(orderId, code, actor);
        release(orderId, code);
        return order;
    }

    private void redeem(EntityManager em, String code, OrderDTO order) {
        List<CouponEntity> found = em.createQuery("SELECT c FROM CouponEntity c WHERE c.code = :code", CouponEntity.class)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new CouponRefusedException(Reason.UNKNOWN, "There is no coupon " + code);
        }
        CouponEntity coupon = found.get(0);
        PromotionEntity promotion = em.find(PromotionEntity.class, coupon.promotionId);
        Instant now = Instant.now();
        if (!promotion.active) {
            throw new CouponRefusedException(Reason.INACTIVE, "The promotion of coupon " + code + " is not active");
        }
        if (promotion.startsAt != null && now.isBefore(promotion.startsAt)) {
            throw new CouponRefusedException(Reason.NOT_YET_VALID, "Coupon " + code + " is valid from " + promotion.startsAt);
        }
        if (promotion.endsAt != null && !now.isBefore(promotion.endsAt)) {
            throw new CouponRefusedException(Reason.EXPIRED, "Coupon " + code + " expired at " + promotion.endsAt);
        }
        if (coupon.customerId != null && !coupon.customerId.equals(order.customerId)) {
            throw new CouponRefusedException(Reason.OTHER_CUSTOMER, "Coupon " + code + " is another customer's voucher");
        }
        if (promotion.minSubtotal != null && order.totals.subtotal.compareTo(promotion.minSubtotal) < 0) {
            throw new CouponRefusedException(Reason.MINIMUM_NOT_MET, "Coupon " + code + " needs a subtotal of at least "
                    + promotion.minSubtotal.stripTrailingZeros().toPlainString() + "; the order's is " + order.totals.subtotal);
        }
        // Locks the promotion's row until commit: the checks below see every earlier redemption
        int counted = em.createNativeQuery(
                "UPDATE PROMOTIONS SET USED = USED + 1 WHERE ID = ? AND (USAGE_LIMIT IS NULL OR USED < USAGE_LIMIT)")
                .setParameter(1, promotion.id).executeUpdate();
        if (counted == 0) {
            throw new CouponRefusedException(Reason.USED_UP, "Coupon " + code + " has been used as often as it may be");
        }
        if (promotion.perCustomerLimit != null) {
            long byCustomer = em.createQuery(
                    "SELECT COUNT(u) FROM CouponUsageEntity u WHERE u.promotionId = :p AND u.customerId = :c", Long.class)
                    .setParameter("p", promotion.id).setParameter("c", order.customerId).getSingleResult();
            if (byCustomer >= promotion.perCustomerLimit) {
                throw new CouponRefusedException(Reason.CUSTOMER_LIMIT, "This customer has used the promotion of coupon "
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
    }

    /** Gives back one code's use on an order. */
    public void release(String orderId, String code) {
        tx.run(em -> em.createQuery("SELECT u FROM CouponUsageEntity u WHERE u.orderId = :o AND u.code = :c",
                CouponUsageEntity.class).setParameter("o", orderId).setParameter("c", code).getResultList()
                .forEach(usage -> forget(em, usage)));
    }

    /** Gives back every use an order made: it was cancelled or deleted. */
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
