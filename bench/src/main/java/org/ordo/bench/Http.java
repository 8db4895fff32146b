package org.ordo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thin wrapper around one shared {@link HttpClient} (HTTP/1.1, Basic auth, JSON bodies). Given
 * several base URLs (comma-separated: nodes sharing one database), it sends each request to the next
 * in turn, as a load balancer without sticky sessions would.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status (-1 when the request failed at the transport level), body, and latency. */
    record Response(int status, String body, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + Bench.abbreviate(body), e);
            }
        }
    }

    private final HttpClient client;
    private final List<String> bases;
    private final AtomicInteger next = new AtomicInteger();
    private final String authorization;

    Http(String commaSeparatedBases, String user, String password) {
        this.bases = Arrays.stream(commaSeparatedBases.split(",")).map(String::trim).filter(base -> !base.isEmpty())
                .map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base).toList();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The first node's base URL (the one the report names). */
    String base() {
        return bases.get(0);
    }

    List<String> bases() {
        return bases;
    }

    private String nextBase() {
        return bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
    }

    Response get(String path) {
        return send(request(path).GET().build());
    }

    Response post(String path, Object body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** GET without authentication of one node, throwing on transport errors (used for the reachability check). */
    Response health(String base) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(nextBase() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Response(-1, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, e.toString(), System.nanoTime() - start);
        }
    }
}
