package org.ordo.rest.internal.json;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes an instant as ISO-8601 UTC to the microsecond, the precision both databases keep: a
 * timestamp in the answer to a write reads the same when it is fetched again.
 */
final class MicrosecondInstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    MicrosecondInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant instant, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS)));
    }
}
