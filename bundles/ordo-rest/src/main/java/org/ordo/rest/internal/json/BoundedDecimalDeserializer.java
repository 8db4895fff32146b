package org.ordo.rest.internal.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a decimal (an amount, a rate) only of a size money can have: at most {@value #MAX_DIGITS} digits
 * before the point and as many after. {@code "1e999999999"} is eleven characters, but rounding it to
 * cents builds a number of a billion digits: seconds of CPU and gigabytes of heap for one request.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;
    static final int MAX_DIGITS = 30;

    /** A decimal out of range, with the path Jackson adds on its way out; {@link JsonProvider} names the field. */
    static final class OutOfRange extends InvalidFormatException {
        private static final long serialVersionUID = 1L;
        static final String MESSAGE = "must have at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
                + " after the decimal point";

        OutOfRange(JsonParser parser, BigDecimal value) {
            super(parser, MESSAGE, value, BigDecimal.class);
        }
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = super.deserialize(parser, context);
        if (value != null && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
            throw new OutOfRange(parser, value);
        }
        return value;
    }
}
