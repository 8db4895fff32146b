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
import javax.persistence.Version;

@Entity
@Table(name = "PROMOTIONS", indexes = {
        @Index(name = "PROMOTIONS_AUTOMATIC", columnList = "REQUIRES_COUPON,ACTIVE"),
        @Index(name = "PROMOTIONS_NEWEST", columnList = "CREATED_AT DESC, ID DESC")})
public class PromotionEntity {
    @Id
    @TableGenerator(name = "promotionIds", table = "ORDO_PROMOTION_IDS", pkColumnValue = "PROMOTIONS", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "promotionIds")
    Long id;
    @Column(name = "NAME", nullable = false, length = 200)
    String name;
    @Column(name = "DISCOUNT_TYPE", nullable = false, length = 20)
    String discountType;
    @Column(name = "DISCOUNT_VALUE", precision = 19, scale = 4)
    BigDecimal discountValue;
    @Column(name = "MIN_SUBTOTAL", precision = 19, scale = 4)
    BigDecimal minSubtotal;
    @Column(name = "STARTS_AT")
    Instant startsAt;
    @Column(name = "ENDS_AT")
    Instant endsAt;
    @Column(name = "USAGE_LIMIT")
    Integer usageLimit;
    @Column(name = "PER_CUSTOMER_LIMIT")
    Integer perCustomerLimit;
    @Column(name = "REQUIRES_COUPON", nullable = false)
    boolean requiresCoupon;
    @Column(name = "ACTIVE", nullable = false)
    boolean active;
    /** Coupon redemptions on orders that are not cancelled; kept with the usage rows in one transaction. */
    @Column(name = "USED", nullable = false)
    int used;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Version
    @Column(name = "VERSION")
    long version;
}
