package org.ordo.promotions.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A coupon redeemed on an order: counted against the promotion's limits until the order is cancelled. */
@Entity
@Table(name = "COUPON_USAGES", indexes = {
        @Index(name = "COUPON_USAGES_ORDER_CODE", columnList = "ORDER_ID,CODE", unique = true),
        @Index(name = "COUPON_USAGES_CUSTOMER", columnList = "PROMOTION_ID,CUSTOMER_ID")})
public class CouponUsageEntity {
    @Id
    @TableGenerator(name = "usageIds", table = "ORDO_PROMOTION_IDS", pkColumnValue = "COUPON_USAGES", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "usageIds")
    Long id;
    @Column(name = "PROMOTION_ID", nullable = false)
    Long promotionId;
    @Column(name = "CODE", nullable = false, length = 64)
    String code;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    @Column(name = "CUSTOMER_ID", nullable = false, length = 32)
    String customerId;
    @Column(name = "USED_AT", nullable = false)
    Instant usedAt;
}
