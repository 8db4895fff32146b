package org.ordo.core.shell;

import java.math.BigDecimal;

import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a {@code --json} body into the DTO the REST resource takes, with the API's reading rules
 * (unknown fields, trailing text and fractional whole numbers refused; ISO-8601 instants), so that a
 * body accepted by one is accepted by the other.
 */
final class ConsoleJson {
    private static final ObjectMapper READER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    static {
        READER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private ConsoleJson() {
    }

    /** The body, or null when no {@code --json} was given. */
    static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return READER.readValue(json, type);
        } catch (UnrecognizedPropertyException unknown) {
            throw new ValidationException(path(unknown), "unknown property '" + unknown.getPropertyName() + "'");
        } catch (JsonMappingException wrongShape) {
            ProblemException cause = problemIn(wrongShape);
            if (cause != null) {
                throw cause;
            }
            throw new ValidationException(path(wrongShape), "has the wrong type or shape: "
                    + wrongShape.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException malformed) {
            throw new ValidationException("json", "is not valid JSON (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + "): " + malformed.getOriginalMessage());
        }
    }

    /** The failing field as a path into the option's JSON: {@code json.lines[2].sku}. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder("json");
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemException problemIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
