package org.ordo.rest.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.ordo.api.error.FieldError;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.OrdoRest;
import org.ordo.rest.internal.Extensions;
import org.ordo.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads and writes JSON bodies with the API's one {@link ObjectMappers mapper}. Input it cannot read
 * becomes a problem at once: text that is not JSON is a 400, JSON of the wrong shape a 422 naming
 * the field. An empty body reads as null, for the resource to accept or refuse.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(Extensions.JSON)
@JaxrsMediaType({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private final ObjectMapper mapper = ObjectMappers.create();

    /** Only a body that says it is JSON: never one typed with a wildcard or nothing, which any client could send. */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && !mediaType.isWildcardType() && isJsonSubtype(mediaType) && isBean(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entityStream, 1);
        int first = body.read();
        if (first < 0) {
            return null;
        }
        body.unread(first);
        try {
            return mapper.readerFor(mapper.constructType(genericType)).readValue(body);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, Problems.response(toProblem(e)));
        } catch (ProblemException e) {
            throw new WebApplicationException(e, Problems.response(e));
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && isBean(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writeValue(entityStream, value);
    }

    static ProblemException toProblem(JsonProcessingException failure) {
        ProblemException cause = causeOf(failure);
        if (cause != null) {
            return cause;
        }
        StreamConstraintsException limit = limitOf(failure);
        if (limit != null) {
            return new ProblemException(400, "json-limit", "JSON beyond limits", "The request body is beyond what Ordo reads: "
                    + limit.getOriginalMessage().replaceAll(", from `[^`]*`", ""), Map.of());
        }
        if (failure instanceof BoundedDecimalDeserializer.OutOfRange range) {
            return new ValidationException(path(range), BoundedDecimalDeserializer.OutOfRange.MESSAGE);
        }
        if (isTruncatedOrNotJson(failure)) {
            return malformed(failure);
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return new ValidationException(path(unknown), "unknown property '" + unknown.getPropertyName() + "'");
        }
        if (failure instanceof JsonMappingException mapping && !(failure instanceof StreamReadException)
                && !mapping.getPath().isEmpty()) {
            return new ValidationException(List.of(new FieldError(path(mapping), shapeMessage(mapping))));
        }
        if (failure instanceof JsonMappingException mapping && !(failure instanceof StreamReadException)) {
            return new ValidationException("body", shapeMessage(mapping));
        }
        return malformed(failure);
    }

    private static ProblemException malformed(JsonProcessingException failure) {
        JsonLocation at = failure.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + where + ": " + failure.getOriginalMessage(), Map.of());
    }

    /** Text that is not JSON, or JSON cut off before its end: the body cannot be read at all. */
    private static boolean isTruncatedOrNotJson(JsonProcessingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        String message = failure.getOriginalMessage();
        return failure instanceof MismatchedInputException && message != null && message.contains("end-of-input");
    }

    /** A limit of {@link ObjectMappers#LIMITS} that the text passed: too deep, too many tokens, a number too long. */
    private static StreamConstraintsException limitOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static ProblemException causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    /** The failing field as a JSON path: {@code lines[2].sku}. */
    static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String shapeMessage(JsonMappingException failure) {
        Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or shape";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 timestamp such as 2026-11-22T10:15:30Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    /** An answer is written as JSON where the method leaves the type open. */
    private static boolean isJson(MediaType mediaType) {
        return mediaType == null || mediaType.isWildcardType() || isJsonSubtype(mediaType);
    }

    private static boolean isJsonSubtype(MediaType mediaType) {
        return "json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json");
    }

    private static boolean isBean(Class<?> type) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || StreamingOutput.class.isAssignableFrom(type)
                || java.io.File.class.isAssignableFrom(type) || javax.ws.rs.core.Response.class.isAssignableFrom(type));
    }
}
