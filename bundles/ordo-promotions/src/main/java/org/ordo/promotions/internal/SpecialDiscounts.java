package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Discounts an agent grants on one open order, with a reason; the order's totals follow at once. */
@Component(service = SpecialDiscounts.class)
public class SpecialDiscounts {
    private final Transactions tx;
    private final OrderService orders;

    @Activate
    public SpecialDiscounts(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa, @Reference OrderService orders) {
        this.tx = new Transactions(jpa);
        this.orders = orders;
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

    public DiscountDTO grant(String orderId, DiscountDTO input, String actor) {
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
            SpecialDiscountEntity discount = new SpecialDiscountEntity();
            discount.orderId = order.id;
            discount.type = input.type;
            discount.value = input.value;
            discount.reason = input.reason.trim();
            discount.createdBy = actor;
            discount.createdAt = Instant.now();
            em.persist(discount);
            em.flush();
            return toDTO(discount);
        });
        recalculate(order.id, actor, () -> revoke(order.id, granted.id));
        return granted;
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
