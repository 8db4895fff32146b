package org.ordo.rest.internal.limit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;

import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.error.ProblemException;

/**
 * Judges a request body from the request's headers alone, before a byte of it is read. A body must name
 * one media type, no wildcard, that the resource method consumes; and unless the method takes file
 * uploads, it may be no larger than the JSON limit, whatever its type. JAX-RS itself would read a body
 * typed {@code *}/{@code *}, or typed with text that is no media type at all, as JSON of any size.
 */
final class BodyRules {
    /** What a method that declares nothing consumes: JSON is the only body Ordo reads for it. */
    static final List<String> JSON_TYPES = List.of("application/json", "application/*+json");

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[\\t\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t\\x20-\\x7e\\x80-\\xff])*\"";
    /** RFC 9110 section 8.3.1: type "/" subtype, then parameters, each name=value (a token or a quoted string). */
    private static final Pattern MEDIA_TYPE = Pattern.compile("(" + TOKEN + ")/(" + TOKEN + ")"
            + "(?:[ \\t]*;[ \\t]*(?:" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))?)*[ \\t]*");

    private BodyRules() {
    }

    /** Whether the headers announce a body: a positive {@code Content-Length}, or a chunked one of unknown length. */
    static boolean hasBody(long contentLength, boolean chunked) {
        return contentLength > 0 || contentLength < 0 && chunked;
    }

    /** The media types a method consumes: its {@code @Consumes}, else its class's, else {@link #JSON_TYPES}. */
    static List<String> consumes(Method method, Class<?> resourceClass) {
        Consumes declared = method == null ? null : method.getAnnotation(Consumes.class);
        if (declared == null && resourceClass != null) {
            declared = resourceClass.getAnnotation(Consumes.class);
        }
        if (declared == null) {
            return JSON_TYPES;
        }
        List<String> types = new ArrayList<>();
        for (String value : declared.value()) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.trim());
                }
            }
        }
        return types;
    }

    /**
     * The problem that refuses the body before it is read, if any.
     *
     * @param contentType the {@code Content-Type} header, or null
     * @param contentLength the {@code Content-Length}, or -1 when absent
     * @param chunked whether a {@code Transfer-Encoding} announces a body of unknown length
     * @param consumes the media types the resource method accepts
     * @param upload whether the method takes file uploads, which are limited by the method itself
     */
    static Optional<ProblemException> refusal(String contentType, long contentLength, boolean chunked, List<String> consumes,
            boolean upload, long maxJsonBytes) {
        if (!hasBody(contentLength, chunked)) {
            return Optional.empty();
        }
        if (contentType == null || contentType.isBlank()) {
            // An upload may come without a type: the method stores it as application/octet-stream
            return upload ? Optional.empty()
                    : Optional.of(unsupported("The request has a body but no Content-Type", consumes));
        }
        Matcher matcher = MEDIA_TYPE.matcher(contentType);
        if (!matcher.matches()) {
            return Optional.of(unsupported("The Content-Type header is not a media type", consumes));
        }
        String type = matcher.group(1).toLowerCase(Locale.ROOT);
        String subtype = matcher.group(2).toLowerCase(Locale.ROOT);
        if (type.contains("*") || subtype.contains("*")) {
            return Optional.of(unsupported("The Content-Type " + type + "/" + subtype + " names no single media type",
                    consumes));
        }
        if (consumes.stream().noneMatch(accepted -> accepts(accepted, type, subtype))) {
            return Optional.of(unsupported("This resource does not take " + type + "/" + subtype + " bodies", consumes));
        }
        if (!upload && contentLength > maxJsonBytes) {
            return Optional.of(new PayloadTooLargeException(maxJsonBytes));
        }
        return Optional.empty();
    }

    /** Whether a declared type such as {@code application/json}, {@code application/*+json} or {@code *}/{@code *} takes the body's. */
    static boolean accepts(String declared, String type, String subtype) {
        String plain = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        int slash = plain.indexOf('/');
        String acceptedType = slash < 0 ? plain : plain.substring(0, slash);
        String acceptedSubtype = slash < 0 ? "*" : plain.substring(slash + 1);
        boolean typeMatches = "*".equals(acceptedType) || acceptedType.equals(type);
        boolean subtypeMatches = "*".equals(acceptedSubtype) || acceptedSubtype.equals(subtype)
                || acceptedSubtype.startsWith("*+") && subtype.endsWith(acceptedSubtype.substring(1));
        return typeMatches && subtypeMatches;
    }

    private static ProblemException unsupported(String why, List<String> consumes) {
        String remedy = consumes.contains("*/*") ? "send it with the media type of its content"
                : "send it as " + String.join(" or ", consumes);
        return new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", why + "; " + remedy,
                Map.of("accepted", consumes));
    }
}
