package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.totals.TotalsAdjuster;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The discounts of an order: automatic promotions it qualifies for, the promotions of its coupons
 * whose use was counted for it ({@link Redemptions}) while they are active and in their window, and
 * the special discounts granted on it, agents' ones within their share ({@link DiscountLimits}).
 */
@Component(service = TotalsAdjuster.class, property = "service.ranking:Integer=100")
public class PromotionsAdjuster implements TotalsAdjuster {
    private final Transactions tx;
    private final DiscountLimits limits;

    @Activate
    public PromotionsAdjuster(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa,
            @Reference DiscountLimits limits) {
        this.tx = new Transactions(jpa);
        this.limits = limits;
    }

    @Override
    public List<AdjustmentDTO> adjust(OrderDTO draft) {
        return tx.inTransaction(em -> {
            List<AdjustmentDTO> adjustments = new ArrayList<>();
            Instant now = Instant.now();
            BigDecimal subtotal = draft.totals.subtotal;
            for (PromotionEntity promotion : em.createQuery(
                    "SELECT p FROM PromotionEntity p WHERE p.requiresCoupon = FALSE AND p.active = TRUE", PromotionEntity.class)
                    .getResultList()) {
                if (applies(promotion, now, subtotal)) {
                    adjustments.add(adjustment(promotion, "Promotion " + promotion.name, subtotal, draft.currency));
                }
            }
            if (draft.id != null) {
                Map<String, Long> counted = countedCodes(em, draft.id);
                for (String code : draft.couponCodes) {
                    PromotionEntity promotion = counted.containsKey(code) ? em.find(PromotionEntity.class, counted.get(code)) : null;
                    if (promotion != null && applies(promotion, now, subtotal)) {
                        adjustments.add(adjustment(promotion, "Coupon " + code + ": " + promotion.name, subtotal, draft.currency));
                    }
                }
                adjustments.addAll(specialDiscounts(em, draft));
            }
            return adjustments;
        });
    }

    /** The codes whose use was counted for the order, with their promotions. */
    private static Map<String, Long> countedCodes(EntityManager em, String orderId) {
        Map<String, Long> counted = new HashMap<>();
        em.createQuery("SELECT u FROM CouponUsageEntity u WHERE u.orderId = :o", CouponUsageEntity.class)
                .setParameter("o", orderId).getResultList().forEach(u -> counted.put(u.code, u.promotionId));
        return counted;
    }

    private List<AdjustmentDTO> specialDiscounts(EntityManager em, OrderDTO draft) {
        List<AdjustmentDTO> adjustments = new ArrayList<>();
        BigDecimal subtotal = draft.totals.subtotal;
        BigDecimal agentsLeft = limits.agentAllowance(subtotal, draft.currency);
        for (SpecialDiscountEntity discount : em.createQuery(
                "SELECT d FROM SpecialDiscountEntity d WHERE d.orderId = :o ORDER BY d.createdAt, d.id", SpecialDiscountEntity.class)
                .setParameter("o", draft.id).getResultList()) {
            BigDecimal amount = DiscountMath.amountOff(discount.type, discount.value, subtotal, draft.currency);
            String label = "Special discount by " + discount.createdBy + ": " + discount.reason;
            if (!Boolean.TRUE.equals(discount.byAdmin)) {
                if (amount.compareTo(agentsLeft) > 0) {
                    amount = agentsLeft;
                    label += " (capped: agents' discounts take at most " + limits.agentMaxPercent() + " % of the subtotal)";
                }
                agentsLeft = agentsLeft.subtract(amount);
            }
            adjustments.add(AdjustmentDTO.of(AdjustmentDTO.DISCOUNT, label, amount, "special-discount:" + discount.id));
        }
        return adjustments;
    }

    private static boolean applies(PromotionEntity p, Instant now, BigDecimal subtotal) {
        return p.active && (p.startsAt == null || !now.isBefore(p.startsAt)) && (p.endsAt == null || now.isBefore(p.endsAt))
                && (p.minSubtotal == null || subtotal.compareTo(p.minSubtotal) >= 0);
    }

    private static AdjustmentDTO adjustment(PromotionEntity p, String label, BigDecimal subtotal, String currency) {
        if (DiscountMath.FREE_SHIPPING.equals(p.discountType)) {
            return AdjustmentDTO.of(AdjustmentDTO.FREE_SHIPPING, label, BigDecimal.ZERO, "promotion:" + p.id);
        }
        return AdjustmentDTO.of(AdjustmentDTO.DISCOUNT, label,
                DiscountMath.amountOff(p.discountType, p.discountValue, subtotal, currency), "promotion:" + p.id);
    }
}
