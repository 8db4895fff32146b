package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A promotion as the API shows it, and as a request to create or change one. */
public class PromotionDTO {
    public String id;
    public String name;
    public Discount discount;
    public BigDecimal minSubtotal;
    public Instant startsAt;
    public Instant endsAt;
    public Integer usageLimit;
    public Integer perCustomerLimit;
    public Boolean requiresCoupon;
    public Boolean active;
    public Integer used;
    public Instant createdAt;

    public static class Discount {
        public String type;
        public BigDecimal value;
    }
}
