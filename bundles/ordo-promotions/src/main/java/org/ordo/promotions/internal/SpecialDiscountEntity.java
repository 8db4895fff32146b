package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A discount an agent grants on one order, with the reason and the agent's name. */
@Entity
@Table(name = "SPECIAL_DISCOUNTS", indexes = @Index(name = "SPECIAL_DISCOUNTS_ORDER", columnList = "ORDER_ID"))
public class SpecialDiscountEntity {
    @Id
    @TableGenerator(name = "specialDiscountIds", table = "ORDO_PROMOTION_IDS", pkColumnValue = "SPECIAL_DISCOUNTS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "specialDiscountIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    @Column(name = "DISCOUNT_TYPE", nullable = false, length = 20)
    String type;
    @Column(name = "DISCOUNT_VALUE", nullable = false, precision = 19, scale = 4)
    BigDecimal value;
    @Column(name = "REASON", nullable = false, length = 500)
    String reason;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    /** Whether an admin granted it: agents' discounts share a capped part of the subtotal, see DiscountLimits. */
    @Column(name = "BY_ADMIN")
    Boolean byAdmin;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
