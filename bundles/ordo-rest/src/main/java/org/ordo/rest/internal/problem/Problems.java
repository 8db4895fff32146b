package org.ordo.rest.internal.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.ordo.api.error.ProblemException;

/** Builds RFC 9457 {@code application/problem+json} responses. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:ordo:problem:";

    private Problems() {
    }

    public static Response response(ProblemException problem) {
        return response(problem.status(), problem.type(), problem.title(), problem.detail(), problem.properties());
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, Map.of());
    }

    public static Response response(int status, String type, String title, String detail,
            Map<String, Object> properties) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, type, title, detail, properties)).build();
    }

    static Map<String, Object> body(int status, String type, String title, String detail,
            Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        properties.forEach(body::putIfAbsent);
        return body;
    }
}
