package org.ordo.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** An HTTP response with its body read as JSON when it is JSON. */
public final class Reply {
    private final HttpResponse<String> response;
    private JsonNode json;

    Reply(HttpResponse<String> response) {
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String body() {
        return response.body();
    }

    public JsonNode json() {
        if (json == null) {
            try {
                json = response.body().isEmpty() ? MissingNode.getInstance() : Api.JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status() + "): " + response.body(), e);
            }
        }
        return json;
    }

    /** A text field of the body, by JSON pointer such as {@code /errors/0/field}. */
    public String text(String pointer) {
        return json().at(pointer).asText();
    }

    /** The exchange, and for a 500 of Ordo's own the server's log of it, as a failed assertion shows it. */
    @Override
    public String toString() {
        String exchange = response.request().method() + " " + response.uri() + " -> " + status() + " " + response.body();
        if (status() < 500 || contentType() == null || !contentType().contains("json")) {
            return exchange;
        }
        String logged = ServerLog.entryOf(json().path("errorId").asText());
        return logged.isEmpty() ? exchange : exchange + "\nThe server logged:\n" + logged;
    }
}
