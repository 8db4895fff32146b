package org.ordo.rest.internal.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/** Builds an OpenAPI 3.0 document from what the JAX-RS whiteboard reports of one application. */
final class OpenApiDocument {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    private OpenApiDocument() {
    }

    static Map<String, Object> of(RuntimeDTO runtime, String applicationName) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Ordo", "version", "v1",
                "description", "Back-office order management. Errors are RFC 9457 problems."));
        document.put("servers", List.of(Map.of("url", "/api/v1")));
        document.put("components", Map.of("securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic"))));
        document.put("security", List.of(Map.of("basic", List.of())));
        document.put("paths", paths(application(runtime, applicationName)));
        return document;
    }

    private static ApplicationDTO application(RuntimeDTO runtime, String name) {
        List<ApplicationDTO> all = new ArrayList<>(Arrays.asList(runtime.applicationDTOs));
        all.add(runtime.defaultApplication);
        return all.stream().filter(a -> a != null && name.equals(a.name)).findFirst().orElse(null);
    }

    private static Map<String, Object> paths(ApplicationDTO application) {
        Map<String, Object> paths = new TreeMap<>();
        if (application == null) {
            return paths;
        }
        for (ResourceDTO resource : application.resourceDTOs) {
            if (resource.resourceMethods == null) {
                continue;
            }
            for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                if (method.method == null) {
                    continue;
                }
                String path = normalise(method.path);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<>());
                item.put(method.method.toLowerCase(Locale.ROOT), operation(resource.name, path, method));
            }
        }
        return paths;
    }

    private static Map<String, Object> operation(String tag, String path, ResourceMethodInfoDTO method) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (method.consumingMimeType != null && method.consumingMimeType.length > 0) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : method.consumingMimeType) {
                content.put(type, Map.of());
            }
            operation.put("requestBody", Map.of("content", content));
        }
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Success");
        if (method.producingMimeType != null && method.producingMimeType.length > 0) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : method.producingMimeType) {
                content.put(type, Map.of());
            }
            success.put("content", content);
        }
        operation.put("responses", Map.of("default", success,
                "4XX", Map.of("description", "A problem (application/problem+json)")));
        return operation;
    }

    private static String normalise(String path) {
        String p = path == null ? "/" : path.replaceAll("/+", "/");
        p = PATH_PARAMETER.matcher(p).replaceAll("{$1}");
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
