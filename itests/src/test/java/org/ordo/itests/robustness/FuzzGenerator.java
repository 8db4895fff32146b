package org.ordo.itests.robustness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes requests that must change nothing, from the {@link Endpoints} and their sample bodies. A read
 * may be anything. A write is refused by its role, by a stale version, by an id that names nothing,
 * or by a body made invalid on purpose; hostile text rides along in its free-text fields. Same seed,
 * same requests.
 */
final class FuzzGenerator {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> REFUSING_USERS = List.of("viewer", "anonymous", "wrong-password", "malformed-auth");
    private static final List<String> NOT_JSON = List.of("text/plain", "application/xml", "text/html; charset=UTF-8",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream");

    private final Random random;
    private final FuzzFixture fixture;
    private final Map<String, Set<String>> methodsByTemplate;

    FuzzGenerator(long seed, FuzzFixture fixture) {
        this.random = new Random(seed);
        this.fixture = fixture;
        this.methodsByTemplate = Endpoints.ALL.stream().collect(
                Collectors.groupingBy(Endpoint::template, Collectors.mapping(Endpoint::method, Collectors.toSet())));
    }

    List<FuzzCase> generate(int count) {
        List<FuzzCase> cases = new ArrayList<>(count);
        while (cases.size() < count) {
            Endpoint endpoint = pick(Endpoints.ALL);
            cases.add(endpoint.isRead() ? read(endpoint) : endpoint.hasBody() ? write(endpoint) : delete(endpoint));
        }
        return cases;
    }

    // ---------------------------------------------------------------- reads

    private FuzzCase read(Endpoint endpoint) {
        int dice = random.nextInt(10);
        if (dice < 2 && !endpoint.placeholders().isEmpty()) {
            return new FuzzCase("bad-path-id", "viewer", "GET", path(endpoint, true) + query(endpoint), Map.of(), null, false);
        }
        if (dice == 2 && random.nextBoolean()) {
            return wrongMethod(endpoint);
        }
        if (dice == 2) {
            return new FuzzCase("unauthenticated", pick(REFUSING_USERS.subList(1, 4)), "GET", path(endpoint, false),
                    Map.of(), null, false);
        }
        return new FuzzCase("bad-query", pick(List.of("viewer", "agent", "admin")), "GET",
                path(endpoint, false) + query(endpoint), Map.of(), null, false);
    }

    private String query(Endpoint endpoint) {
        List<String> names = new ArrayList<>(endpoint.query());
        names.addAll(List.of("page", "size", "sort", "q", "fuzz"));
        StringBuilder query = new StringBuilder();
        int params = 1 + random.nextInt(3);
        for (int i = 0; i < params; i++) {
            String name = random.nextInt(10) < 7 && !endpoint.query().isEmpty() ? pick(endpoint.query()) : pick(names);
            query.append(i == 0 ? '?' : '&').append(name).append('=').append(encode(pick(Hostile.QUERY_VALUES)));
        }
        return query.toString();
    }

    // ---------------------------------------------------------------- deletes

    private FuzzCase delete(Endpoint endpoint) {
        int dice = random.nextInt(10);
        if (dice < 2) {
            return new FuzzCase("unauthorized-role", pick(REFUSING_USERS), "DELETE", path(endpoint, false), Map.of(), null,
                    false);
        }
        if (dice == 2 && endpoint.adminOnly()) {
            return new FuzzCase("agent-on-admin", "agent", "DELETE", path(endpoint, false), Map.of(), null, false);
        }
        if (dice == 3) {
            return wrongMethod(endpoint);
        }
        return new FuzzCase("bad-path-id", writer(endpoint), "DELETE", pathWithUnknownTarget(endpoint), Map.of(), null,
                false);
    }

    // ---------------------------------------------------------------- writes

    private FuzzCase write(Endpoint endpoint) {
        if (endpoint.template().endsWith("/attachments")) {
            return Uploads.upload(random, endpoint, path(endpoint, false), path(endpoint, true));
        }
        MutableBody body = new MutableBody(fixture.fill(pick(endpoint.samples())), endpoint);
        int dice = random.nextInt(20);
        if (dice == 0) {
            return refusedByRole(endpoint, body);
        }
        if (dice == 1 && endpoint.adminOnly()) {
            return json("agent-on-admin", "agent", endpoint, path(endpoint, false), body.valid());
        }
        if (dice == 1 && acceptsIfMatch(endpoint)) {
            FuzzCase stale = json("stale-if-match", writer(endpoint), endpoint, path(endpoint, false), body.valid());
            return withHeader(stale, "If-Match", "\"999999\"");
        }
        if (dice == 1) {
            return wrongMethod(endpoint);
        }
        if (dice == 2) {
            return new FuzzCase("wrong-content-type", writer(endpoint), endpoint.method(), path(endpoint, false),
                    Map.of("Content-Type", pick(NOT_JSON)), body.valid(), false);
        }
        if (dice == 3 && !endpoint.placeholders().isEmpty()) {
            // A PUT may create what its path names, so only its body keeps it from doing so
            byte[] bytes = "PUT".equals(endpoint.method()) || random.nextBoolean() ? body.invalid(random) : body.valid();
            return json("bad-path-id", writer(endpoint), endpoint, path(endpoint, true), bytes);
        }
        if (dice == 4 && random.nextBoolean()) {
            boolean chunked = random.nextBoolean();
            return new FuzzCase("oversized-body", writer(endpoint), endpoint.method(), path(endpoint, false),
                    Map.of("Content-Type", "application/json"), body.oversized(random), chunked);
        }
        body.addNoise(random);
        MutableBody.Mutation mutation = body.mutate(random, dice);
        return json(mutation.kind(), writer(endpoint), endpoint, path(endpoint, false), mutation.bytes());
    }

    private FuzzCase refusedByRole(Endpoint endpoint, MutableBody body) {
        byte[] bytes = random.nextBoolean() ? body.valid() : body.invalid(random);
        String user = pick(REFUSING_USERS);
        return json("viewer".equals(user) ? "unauthorized-role" : "unauthenticated", user, endpoint,
                path(endpoint, false), bytes);
    }

    /** The writes whose contract honours If-Match: a stale one is refused with 412, a valid body or not. */
    private static boolean acceptsIfMatch(Endpoint endpoint) {
        String template = endpoint.template();
        return "PATCH".equals(endpoint.method()) && (template.equals("/orders/{order}") || template.equals("/customers/{customer}"))
                || template.equals("/orders/{order}/actions/{action}");
    }

    private FuzzCase wrongMethod(Endpoint endpoint) {
        Set<String> defined = methodsByTemplate.get(endpoint.template());
        List<String> others = new ArrayList<>(METHODS.stream().filter(m -> !defined.contains(m)).toList());
        others.addAll(List.of("TRACE", "FUZZ"));
        String method = pick(others);
        // Should a method the list missed exist after all, it still finds nothing to change
        String path = "DELETE".equals(method) ? pathWithUnknownTarget(endpoint) : path(endpoint, false);
        byte[] body = "GET".equals(method) || "DELETE".equals(method) || "TRACE".equals(method) ? null
                : "{\"fuzz\":1}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = body == null ? Map.of() : Map.of("Content-Type", "application/json");
        return new FuzzCase("wrong-method", "admin", method, path, headers, body, false);
    }

    private static FuzzCase json(String kind, String user, Endpoint endpoint, String path, byte[] body) {
        return new FuzzCase(kind, user, endpoint.method(), path, Map.of("Content-Type", "application/json"), body, false);
    }

    private static FuzzCase withHeader(FuzzCase c, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        headers.put(name, value);
        return new FuzzCase(c.kind(), c.user(), c.method(), c.path(), headers, c.body(), c.chunked());
    }

    private String writer(Endpoint endpoint) {
        return endpoint.adminOnly() || random.nextInt(5) > 0 ? "admin" : "agent";
    }

    // ---------------------------------------------------------------- paths

    /** The path with fixture records, or with at least one segment that names nothing. */
    private String path(Endpoint endpoint, boolean bad) {
        List<String> names = endpoint.placeholders();
        int badOne = bad && !names.isEmpty() ? random.nextInt(names.size()) : -1;
        return fillPath(endpoint, badOne);
    }

    /** The path whose last record, the one a DELETE would remove, names nothing. */
    private String pathWithUnknownTarget(Endpoint endpoint) {
        return fillPath(endpoint, endpoint.placeholders().size() - 1);
    }

    private String fillPath(Endpoint endpoint, int badOne) {
        String path = endpoint.template();
        List<String> names = endpoint.placeholders();
        for (int i = 0; i < names.size(); i++) {
            String segment;
            if (i == badOne) {
                // Raw segments may be decoded into separators; a DELETE gets only opaque ones
                boolean raw = !"DELETE".equals(endpoint.method()) && random.nextInt(4) == 0;
                segment = raw ? pick(Hostile.RAW_SEGMENTS) : encode(pick(Hostile.BAD_IDS));
            } else {
                segment = encode(fixture.pick(names.get(i), random));
            }
            path = path.replace("{" + names.get(i) + "}", segment);
        }
        return path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
