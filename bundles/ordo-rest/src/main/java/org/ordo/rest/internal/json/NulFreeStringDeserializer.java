package org.ordo.rest.internal.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Refuses text holding the NUL character: PostgreSQL cannot store it in any text column, so a value
 * Derby would keep fails there at commit. Refused at the door, it is a 422 naming the field on both.
 */
final class NulFreeStringDeserializer extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, value, "must not contain the NUL character");
        }
        return value;
    }
}
