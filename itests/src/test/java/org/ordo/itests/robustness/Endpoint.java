package org.ordo.itests.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One method on one path template of the REST API, with what the fuzzer needs to know about it: the
 * query parameters it reads, and for a write a valid sample body to mutate.
 *
 * <p>Path placeholders name fixture records ({@code {order}}, {@code {sku}}, ...); the same names in
 * a sample body, quoted, are replaced by those records' ids. A key starting with {@code !} marks a
 * required field (the {@code !} is not sent). {@code kinds} overrides the kind of a field by name
 * for this endpoint only, where a name means something else here (a new coupon's {@code code}).
 *
 * @param adminOnly the role an agent lacks: such writes are also sent as an agent, for a 403
 */
record Endpoint(String method, String template, List<String> query, List<String> samples, Map<String, FieldKind> kinds,
        boolean adminOnly) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** @param query the parameters it reads; a comma joins several in one argument */
    static Endpoint get(String template, String... query) {
        List<String> names = Arrays.stream(query).flatMap(q -> Arrays.stream(q.split(","))).toList();
        return new Endpoint("GET", template, names, List.of(), Map.of(), false);
    }

    static Endpoint write(String method, String template, String... samples) {
        return new Endpoint(method, template, List.of(), List.of(samples), Map.of(), false);
    }

    /** A write without a body: only its ids can be wrong. */
    static Endpoint delete(String template) {
        return new Endpoint("DELETE", template, List.of(), List.of(), Map.of(), false);
    }

    Endpoint forAdmins() {
        return new Endpoint(method, template, query, samples, kinds, true);
    }

    Endpoint kind(String field, FieldKind kind) {
        Map<String, FieldKind> more = new HashMap<>(kinds);
        more.put(field, kind);
        return new Endpoint(method, template, query, samples, Map.copyOf(more), adminOnly);
    }

    boolean isRead() {
        return "GET".equals(method);
    }

    boolean hasBody() {
        return !samples.isEmpty();
    }

    /** The placeholders of the path, in order. */
    List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    FieldKind kindOf(String field) {
        FieldKind own = kinds.get(field);
        return own != null ? own : FieldKind.of(field);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
