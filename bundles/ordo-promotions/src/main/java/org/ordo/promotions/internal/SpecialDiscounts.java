package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.LimitExceededException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.api.security.Actor;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Discounts an agent grants on one open order, with a reason; the order's totals follow at once. */
@Component(service = SpecialDiscounts.class)
public class SpecialDiscounts {
    private final Transactions tx;
    private final OrderService orders;

    private final DiscountLimits limits;

    @Activate
    public SpecialDiscounts(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa, @Reference OrderService orders,
            @Reference DiscountLimits limits) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
        this.limits = limits;
    }

    /** A discount as the API shows it, and as a request to grant one. */
    public static class DiscountDTO {
        public String id;
        public String orderId;
        public String type;
        public BigDecimal value;
        public String reason;
        public String createdBy;
        public Instant createdAt;
    }

    public DiscountDTO grant(String orderId, DiscountDTO input, Actor actor) {
        Violations v = new Violations();
        v.check(input.type == null || !List.of(DiscountMath.PERCENT, DiscountMath.AMOUNT).contains(input.type), "type",
                "must be PERCENT or AMOUNT");
        v.check(!DiscountMath.isAmount(input.value) || input.value.signum() == 0, "value",
                "must be above 0, below 1000000000000, with at most 4 decimals");
        v.check(DiscountMath.PERCENT.equals(input.type) && input.value != null
                && input.value.compareTo(BigDecimal.valueOf(100)) > 0, "value", "a percentage is at most 100");
        v.check(input.reason == null || input.reason.isBlank() || input.reason.length() > 500, "reason",
                "is required, at most 500 characters: say why");
        v.throwIfAny();
        OrderDTO order = requireOpen(orderId);
        DiscountDTO granted = tx.inTransaction(em -> {
            List<SpecialDiscountEntity> existing = em.createQuery("SELECT d FROM SpecialDiscountEntity d WHERE d.orderId = :o",
                    SpecialDiscountEntity.class).setParameter("o", order.id).getResultList();
            if (existing.size() >= limits.maxPerOrder()) {
                throw new ValidationException("body", "order " + order.number + " carries " + existing.size()
                        + " special discounts already, as many as an order may");
            }
            if (!actor.isAdmin()) {
                checkAgentShare(order, existing, input, actor);
            }
            SpecialDiscountEntity discount = new SpecialDiscountEntity();
            discount.orderId = order.id;
            discount.type = input.type;
            discount.value = input.value;
            discount.reason = input.reason.trim();
            discount.createdBy = actor.name();
            discount.byAdmin = actor.isAdmin();
            discount.createdAt = Instant.now();
            em.persist(discount);
            em.flush();
            return toDTO(discount);
        });
        recalculate(order.id, actor.name(), () -> revoke(order.id, granted.id));
        return granted;
    }

    /**
     * Refuses a discount that would take agents' discounts on the order beyond their share of its
     * subtotal. Totals cap that share anyway ({@link PromotionsAdjuster}); this tells the agent at once.
     */
    private void checkAgentShare(OrderDTO order, List<SpecialDiscountEntity> existing, DiscountDTO input, Actor actor) {
        BigDecimal subtotal = order.totals.subtotal;
        BigDecimal wanted = DiscountMath.amountOff(input.type, input.value, subtotal, order.currency);
        for (SpecialDiscountEntity discount : existing) {
            if (!Boolean.TRUE.equals(discount.byAdmin)) {
                wanted = wanted.add(DiscountMath.amountOff(discount.type, discount.value, subtotal, order.currency));
            }
        }
        BigDecimal allowance = limits.agentAllowance(subtotal, order.currency);
        if (wanted.compareTo(allowance) > 0) {
            throw new LimitExceededException("value", DiscountLimits.AGENT_SHARE, limits.agentMaxPercent(), actor.name()
                    + "'s special discounts on order " + order.number + " would take " + wanted.toPlainString() + " "
                    + order.currency + "; agents may give at most " + limits.agentMaxPercent() + " % of the subtotal ("
                    + allowance.toPlainString() + "); an admin may (" + DiscountLimits.PID + ", " + DiscountLimits.AGENT_SHARE + ")");
        }
    }

    public Page<DiscountDTO> list(String orderId, PageRequest page) {
        OrderDTO order = orders.get(orderId);
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT d FROM SpecialDiscountEntity d WHERE d.orderId = :o ORDER BY d.createdAt, d.id",
                        SpecialDiscountEntity.class).setParameter("o", order.id),
                em.createQuery("SELECT COUNT(d) FROM SpecialDiscountEntity d WHERE d.orderId = :o", Long.class)
                        .setParameter("o", order.id),
                page, SpecialDiscounts::toDTO));
    }

    public void remove(String orderId, String discountId, String actor) {
        OrderDTO order = requireOpen(orderId);
        if (!revoke(order.id, discountId)) {
            throw NotFoundException.of("Discount", discountId);
        }
        orders.recalculate(order.id, actor);
    }

    public void forgetOrder(String orderId) {
        tx.run(em -> em.createQuery("DELETE FROM SpecialDiscountEntity d WHERE d.orderId = :o").setParameter("o", orderId)
                .executeUpdate());
    }

    private boolean revoke(String orderId, String discountId) {
        return tx.inTransaction(em -> {
            SpecialDiscountEntity discount = discountId != null && discountId.matches("\\d{1,18}")
                    ? em.find(SpecialDiscountEntity.class, Long.parseLong(discountId)) : null;
            if (discount == null || !discount.orderId.equals(orderId)) {
                return false;
            }
            em.remove(discount);
            return true;
        });
    }

    private void recalculate(String orderId, String actor, Runnable undo) {
        try {
            orders.recalculate(orderId, actor);
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
    }

    private OrderDTO requireOpen(String orderId) {
        OrderDTO order = orders.get(orderId);
        if (!OrderStatus.OPEN.equals(order.status)) {
            throw new ConflictException("Order " + order.number + " is " + order.status + "; discounts apply to open orders only");
        }
        return order;
    }


    private static DiscountDTO toDTO(SpecialDiscountEntity d) {
        DiscountDTO dto = new DiscountDTO();
        dto.id = String.valueOf(d.id);
        dto.orderId = d.orderId;
        dto.type = d.type;
        dto.value = d.value.stripTrailingZeros();
        dto.reason = d.reason;
        dto.createdBy = d.createdBy;
        dto.createdAt = d.createdAt;
        return dto;
    }
}
