package org.ordo.api.error;

import java.util.Map;

/**
 * The caller's role may do this, but not this far: an agent pricing a line further below the
 * catalogue than configured, say. It names the field, the configured limit and where it is set, so
 * that the caller knows whom to ask.
 */
public class LimitExceededException extends ProblemException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the request field that went beyond the limit, such as {@code lines[0].unitPrice}
     * @param limit the configuration key of the limit, such as {@code agentMaxPriceReductionPercent}
     * @param value the limit's value
     */
    public LimitExceededException(String field, String limit, Object value, String detail) {
        super(403, "limit-exceeded", "Beyond your limit", detail,
                Map.of("field", field, "limit", limit, "limitValue", String.valueOf(value)));
    }
}
