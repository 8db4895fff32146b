package org.ordo.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of the Ordo REST API inside the test container, as one user (or anonymous). Each call
 * answers a {@link Reply}; nothing throws on an HTTP error status, since tests assert on those.
 */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(String user, String password) {
        return new Api(base(), basic(user, password));
    }

    /** A development user (or anonymous, for {@code null}) of the Ordo on another port: one of several nodes. */
    public static Api on(int httpPort, String user) {
        return new Api(base(httpPort), user == null ? null : basic(user, user));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A user (or anonymous, for {@code null}) calling the container's HTTP port on another of its addresses. */
    public static Api via(String host, String user, String password) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return new Api("http://" + authority + ":" + System.getProperty(OrdoDistribution.HTTP_PORT_PROPERTY) + "/api/v1",
                user == null ? null : basic(user, password));
    }

    /** The development users of the distribution: their password is their name. */
    public static Api as(String user) {
        return as(user, user);
    }

    public static Api anonymous() {
        return new Api(base(), null);
    }

    private static String base() {
        return "http://localhost:" + System.getProperty(OrdoDistribution.HTTP_PORT_PROPERTY) + "/api/v1";
    }

    private static String base(int httpPort) {
        return "http://localhost:" + httpPort + "/api/v1";
    }

    /**
     * Waits until every path answers from its own resource, in one pass: not the servlet's page while
     * the whiteboard publishes the application, nor the application's 404 for a path no resource has
     * yet. A resource's own 404 (an unknown id) counts as an answer.
     */
    public static void awaitEndpoints(String... paths) {
        awaitEndpoints(as("viewer"), paths);
    }

    /** The same, asked of the node {@code viewer} talks to. */
    public static void awaitEndpoints(Api viewer, String... paths) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!java.util.Arrays.stream(paths).allMatch(path -> answers(viewer.get(path)))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Never published: " + String.join(", ", paths));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean answers(Reply reply) {
        String type = reply.contentType();
        return type != null && type.contains("json")
                && !(reply.status() == 404 && "No resource at this path".equals(reply.text("/detail")));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** For requests the shortcuts do not cover: headers, methods, raw bodies. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** The exact bytes of a download, with its headers. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
