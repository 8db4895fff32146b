package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * The discounts of an order: automatic promotions it qualifies for, its coupons' promotions while they
 * are active and in their window, and the agents' special discounts.
 */
@Component(service = TotalsAdjuster.class, property = "service.ranking:Integer=100")
public class PromotionsAdjuster implements TotalsAdjuster {
    private final Transactions tx;

    @Activate
    public PromotionsAdjuster(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
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
            for (String code : draft.couponCodes) {
                PromotionEntity promotion = promotionOf(em, code);
                if (promotion != null && applies(promotion, now, subtotal)) {
                    adjustments.add(adjustment(promotion, "Coupon " + code + ": " + promotion.name, subtotal, draft.currency));
                }
            }
            if (draft.id != null) {
                for (SpecialDiscountEntity discount : em.createQuery(
                        "SELECT d FROM SpecialDiscountEntity d WHERE d.orderId = :o ORDER BY d.id", SpecialDiscountEntity.class)
                        .setParameter("o", draft.id).getResultList()) {
                    adjustments.add(AdjustmentDTO.of(AdjustmentDTO.DISCOUNT,
                            "Special discount by " + discount.createdBy + ": " + discount.reason,
                            DiscountMath.amountOff(discount.type, discount.value, subtotal, draft.currency),
                            "special-discount:" + discount.id));
                }
            }
            return adjustments;
        });
    }

    private static PromotionEntity promotionOf(EntityManager em, String code) {
        List<Long> ids = em.createQuery("SELECT c.promotionId FROM CouponEntity c WHERE c.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        return ids.isEmpty() ? null : em.find(PromotionEntity.class, ids.get(0));
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
