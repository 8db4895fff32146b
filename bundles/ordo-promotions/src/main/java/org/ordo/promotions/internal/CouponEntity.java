package org.ordo.promotions.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A code that redeems a promotion; a voucher when bound to one customer. Codes are stored upper case. */
@Entity
@Table(name = "COUPONS", indexes = {
        @Index(name = "COUPONS_CODE", columnList = "CODE", unique = true),
        @Index(name = "COUPONS_PROMOTION", columnList = "PROMOTION_ID,CODE")})
public class CouponEntity {
    @Id
    @TableGenerator(name = "couponIds", table = "ORDO_PROMOTION_IDS", pkColumnValue = "COUPONS", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "couponIds")
    Long id;
    @Column(name = "PROMOTION_ID", nullable = false)
    Long promotionId;
    @Column(name = "CODE", nullable = false, length = 64)
    String code;
    @Column(name = "CUSTOMER_ID", length = 32)
    String customerId;
}
