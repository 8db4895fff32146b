package org.ordo.promotions.internal;

import java.util.List;
import java.util.Map;

import org.ordo.api.error.FieldError;
import org.ordo.api.error.ProblemException;

/** A code that does not apply to the order, with the reason as a stable name a client can act on. */
public class CouponRefusedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN, NOT_YET_VALID, EXPIRED, INACTIVE, USED_UP, CUSTOMER_LIMIT, MINIMUM_NOT_MET, OTHER_CUSTOMER, ALREADY_APPLIED
    }

    /** @param field where the code stands in the request: {@code code}, or {@code couponCodes[2]} */
    public CouponRefusedException(Reason reason, String field, String message) {
        super(422, "coupon-refused", "Coupon refused", message,
                Map.of("reason", reason.name(), "errors", List.of(new FieldError(field, message))));
    }
}
