package org.ordo.rest.internal.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The IP address a request or a console session comes from, as the peer of its connection: what the
 * login throttle counts, and what decides whether the shipped passwords may be used.
 */
public final class ClientAddress {
    /** Only an IP literal is parsed: a host name would make {@link InetAddress} ask the DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.%]+");

    private final String text;
    private final InetAddress ip;

    private ClientAddress(String text, InetAddress ip) {
        this.text = text;
        this.ip = ip;
    }

    /** From an IP literal such as {@code 10.0.0.5}, {@code ::1} or {@code [::1]}; anything else is kept as text. */
    public static ClientAddress of(String literal) {
        String text = literal == null ? "" : literal.trim();
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IP_LITERAL.matcher(bare).matches() || !bare.contains(".") && !bare.contains(":")) {
            return new ClientAddress(text, null);
        }
        try {
            return new ClientAddress(text, InetAddress.getByName(bare));
        } catch (UnknownHostException | SecurityException e) {
            return new ClientAddress(text, null);
        }
    }

    /** Whether it is this machine's loopback ({@code 127.0.0.0/8}, {@code ::1}); an unknown address is not. */
    public boolean isLoopback() {
        return ip != null && ip.isLoopbackAddress();
    }

    /**
     * What the throttle counts: the address, or for IPv6 its /64 network, since a single host is
     * commonly given a whole /64 and could otherwise take a fresh address for every try.
     */
    String throttleKey() {
        if (ip instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(ip.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are an IPv6 address", e);
            }
        }
        return ip != null ? ip.getHostAddress() : text;
    }

    @Override
    public String toString() {
        return ip != null ? ip.getHostAddress() : LogText.of(text);
    }
}
