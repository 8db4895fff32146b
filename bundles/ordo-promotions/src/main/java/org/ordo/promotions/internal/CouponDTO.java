package org.ordo.promotions.internal;

/** A coupon code; with a customer id it is that customer's voucher. */
public class CouponDTO {
    public String code;
    public String customerId;
    public Integer used;
}
