package org.ordo.email.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ordo.api.error.FieldError;
import org.ordo.api.error.ValidationException;

/**
 * An agent's own text, which is not a template: it is sent as written, except that each
 * {@code ${path}} placeholder is replaced by that value of the order's data ({@code ${order.number}},
 * {@code ${customer.firstName}}, {@code ${order.totals.grandTotal}}, {@code ${checkoutUrl}}: the paths
 * of {@link EmailModel} that lead to one value), escaped in an HTML body. Nothing else has a meaning,
 * so nothing in the text can loop, call or grow: the work is one pass over it. A placeholder that
 * names no single value, or a {@code ${} never closed, is refused with its line, so that a typo is
 * not mailed to a customer.
 */
public final class Placeholders {
    private static final int MAX_SHOWN = 60;
    private static final int MAX_ERRORS = 10;

    private Placeholders() {
    }

    public static RenderedEmail render(String subject, String body, Format format, Map<String, Object> model) {
        List<FieldError> errors = new ArrayList<>();
        String filledSubject = Recipients.oneLine(fill("subject", subject, Format.TEXT, model, errors));
        String filledBody = fill("body", body, format, model, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (filledSubject.isBlank()) {
            throw new ValidationException("subject", "is empty once its placeholders are filled in");
        }
        return new RenderedEmail(filledSubject, filledBody, format);
    }

    private static String fill(String field, String text, Format format, Map<String, Object> model, List<FieldError> errors) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        int from = 0;
        while (from < text.length() && errors.size() < MAX_ERRORS) {
            int start = text.indexOf("${", from);
            int end = start < 0 ? -1 : text.indexOf('}', start + 2);
            out.append(text, from, start < 0 ? text.length() : start);
            if (start < 0) {
                break;
            }
            line += lineBreaks(text, from, start);
            if (end < 0) {
                errors.add(new FieldError(field, "line " + line + ": " + shown(text.substring(start))
                        + " is not closed; a placeholder is such as ${order.number}"));
                break;
            }
            String path = text.substring(start + 2, end).strip();
            Object value = valueAt(path, model);
            if (value instanceof String || value instanceof Number) {
                out.append(format == Format.HTML ? escapeHtml(value.toString()) : value.toString());
            } else {
                errors.add(new FieldError(field, "line " + line + ": " + problem(path, value, model)));
            }
            if (out.length() > TemplateRenderer.MAX_OUTPUT) {
                throw new ValidationException(field, "is longer than " + TemplateRenderer.MAX_OUTPUT
                        + " characters once its placeholders are filled in");
            }
            line += lineBreaks(text, start, end);
            from = end + 1;
        }
        return out.toString();
    }

    /** The value a dotted path leads to, or null when a part of it is not there. */
    private static Object valueAt(String path, Map<String, Object> model) {
        Object value = model;
        for (String part : path.split("\\.", -1)) {
            if (!(value instanceof Map<?, ?> map) || part.isEmpty()) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static String problem(String path, Object value, Map<String, Object> model) {
        String placeholder = shown("${" + path + "}");
        if (value instanceof List) {
            return placeholder + " is a list; own text can use single values only, such as ${order.number}";
        }
        if (value instanceof Map<?, ?> map) {
            return placeholder + " is a group of values: use one of " + names(path, map);
        }
        int lastDot = path.lastIndexOf('.');
        Object parent = lastDot < 0 ? model : valueAt(path.substring(0, lastDot), model);
        String prefix = lastDot < 0 ? "" : path.substring(0, lastDot);
        return "unknown placeholder " + placeholder
                + (parent instanceof Map<?, ?> map ? "; known here: " + names(prefix, map) : "");
    }

    private static String names(String prefix, Map<?, ?> map) {
        return map.entrySet().stream().filter(entry -> !(entry.getValue() instanceof List))
                .map(entry -> "${" + (prefix.isEmpty() ? "" : prefix + ".") + entry.getKey() + "}")
                .collect(Collectors.joining(", "));
    }

    private static String shown(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 3) + "...";
    }

    private static int lineBreaks(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** As FreeMarker's HTML output format escapes, so both kinds of email read the same. */
    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '<' -> escaped.append("&lt;");
            case '>' -> escaped.append("&gt;");
            case '&' -> escaped.append("&amp;");
            case '"' -> escaped.append("&quot;");
            case '\'' -> escaped.append("&#39;");
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
