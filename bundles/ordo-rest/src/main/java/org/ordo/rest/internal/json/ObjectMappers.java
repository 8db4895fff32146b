package org.ordo.rest.internal.json;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON dialect of the API: ISO-8601 instants (to the microsecond) and nothing else for them, money as strings, unknown fields refused. */
public final class ObjectMappers {
    /**
     * What one JSON text may hold, well above any Ordo request (an order of 200 lines nests 4 deep and
     * has a few thousand tokens) and far below Jackson's own defaults (1,000 levels, numbers of 1,000
     * digits, names of 50,000 characters, no token limit). Bodies over HTTP are limited in bytes before
     * they are parsed; these bound what parsing may build from those bytes, and JSON from elsewhere.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxNameLength(256)
            .maxStringLength(4 * 1024 * 1024)
            .maxTokenCount(100_000)
            .build();

    private ObjectMappers() {
    }

    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("ordo-timestamps")
                        .addDeserializer(Instant.class, new IsoInstantDeserializer())
                        .addDeserializer(String.class, new NulFreeStringDeserializer())
                        .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                        .addSerializer(Instant.class, new MicrosecondInstantSerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // Text that trims to nothing ("", blanks, NUL) is no number, amount or flag: refused, never read as absent
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // Amounts keep their scale ("19.90") and never pass through a binary double
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }
}
