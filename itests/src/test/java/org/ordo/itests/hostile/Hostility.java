package org.ordo.itests.hostile;

import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.ordo.itests.support.Api;
import org.ordo.itests.support.Reply;

/** What {@link HostileRestIT} sends: bodies far over the limit, endless streams, and this machine's other address. */
final class Hostility {
    static final int MEBIBYTE = 1024 * 1024;

    private Hostility() {
    }

    /** A customer that would be valid but for a 15 MB company name; its last name marks it. */
    static byte[] fifteenMegabyteCustomer(String marker) {
        String head = "{\"firstName\":\"Hostile\",\"lastName\":\"" + marker + "\",\"email\":\"" + marker
                + "@example.com\",\"company\":\"";
        byte[] body = new byte[15 * MEBIBYTE];
        Arrays.fill(body, (byte) 'x');
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    /** POSTs the bytes with that Content-Type, or with none for {@code null}. */
    static Reply post(Api api, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = api.request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A body of {@code size} spaces, which is JSON's whitespace, sent chunked; {@code supplied} counts what the server took. */
    static Reply postEndless(Api api, String path, String contentType, long size, AtomicLong supplied) {
        InputStream spaces = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = size - supplied.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                supplied.addAndGet(n);
                return n;
            }
        };
        return api.send(api.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> spaces)));
    }

    /** An address of this machine that is not loopback, IPv4 first; null when it has none. */
    static String otherAddress() throws SocketException {
        List<InetAddress> candidates = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress()) {
                        candidates.add(address);
                    }
                }
            }
        }
        candidates.sort((a, b) -> Boolean.compare(!(a instanceof Inet4Address), !(b instanceof Inet4Address)));
        if (candidates.isEmpty()) {
            return null;
        }
        String host = candidates.get(0).getHostAddress();
        int zone = host.indexOf('%');
        return zone < 0 ? host : host.substring(0, zone);
    }

    static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
