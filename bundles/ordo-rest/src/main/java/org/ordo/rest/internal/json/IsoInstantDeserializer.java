package org.ordo.rest.internal.json;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Reads a timestamp only from ISO-8601 text. Jackson's own reader also takes a number as seconds since
 * 1970 ({@code 1e400} becoming 1970 itself) and text that trims to nothing, NUL included, as no time
 * at all: a request would be stored with a time nobody sent.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText();
        if (text.trim().isEmpty()) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "must be an ISO-8601 timestamp");
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
