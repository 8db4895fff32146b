package org.ordo.itests.extension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A webhook endpoint on loopback, speaking plain HTTP/1.1: it refuses the first requests with a 500,
 * then accepts and keeps what was posted.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSocket server;
    private final int refuseFirst;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    WebhookReceiver(int refuseFirst) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.refuseFirst = refuseFirst;
        this.acceptor = new Thread(this::serve, "webhook-receiver");
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/ordo-events";
    }

    int refusedAttempts() {
        return Math.min(refuseFirst, requests.get());
    }

    JsonNode awaitAccepted(String orderId) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode event : accepted) {
                if (orderId.equals(event.path("orderId").asText())) {
                    return event;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No event for order " + orderId + " arrived; got " + accepted);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                byte[] body = readRequest(socket.getInputStream());
                boolean refuse = requests.incrementAndGet() <= refuseFirst;
                if (!refuse) {
                    accepted.add(JSON.readTree(body));
                }
                OutputStream out = socket.getOutputStream();
                out.write(((refuse ? "HTTP/1.1 500 Server Error" : "HTTP/1.1 204 No Content")
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed, or a client gone: the next request starts afresh
            }
        }
    }

    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended in its headers");
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                for (String header : text.split("\r\n")) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                return in.readNBytes(length);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
