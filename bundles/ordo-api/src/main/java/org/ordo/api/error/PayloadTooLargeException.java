package org.ordo.api.error;

import java.util.Map;

/** A request body is larger than the limit that applies to it. */
public class PayloadTooLargeException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limitBytes) {
        super(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + limitBytes + " bytes", Map.of("limit", limitBytes));
    }
}
