package org.ordo.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void loopbackIsThisMachineOnly() {
        for (String local : new String[] {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "[::1]", "::ffff:127.0.0.1"}) {
            assertTrue(ClientAddress.of(local).isLoopback(), local);
        }
        for (String remote : new String[] {"10.0.0.5", "192.168.1.1", "0.0.0.0", "::", "fe80::1", "2001:db8::1", "",
                null, "localhost", "unknown", "127.0.0.1.example.com"}) {
            assertFalse(ClientAddress.of(remote).isLoopback(), String.valueOf(remote));
        }
    }

    @Test
    void ipv6IsCountedByItsNetworkAndIpv4ByItsAddress() {
        assertEquals(ClientAddress.of("2001:db8:1:2:aaaa::1").throttleKey(), ClientAddress.of("2001:db8:1:2:bbbb::7").throttleKey());
        assertTrue(ClientAddress.of("2001:db8:1:2::1").throttleKey().endsWith("/64"));
        assertFalse(ClientAddress.of("2001:db8:1:3::1").throttleKey().equals(ClientAddress.of("2001:db8:1:2::1").throttleKey()));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5").throttleKey());
    }

    @Test
    void textThatIsNoAddressIsKeptButMadeSafeForTheLog() {
        assertEquals("a?b", ClientAddress.of("a\nb").toString());
    }

    @Test
    void shippedPasswordsAreTheNamesOfTheThreeDevelopmentUsers() {
        assertTrue(ShippedUsers.isShipped("admin", "admin"));
        assertTrue(ShippedUsers.isShipped("viewer", "viewer"));
        assertFalse(ShippedUsers.isShipped("admin", "agent"));
        assertFalse(ShippedUsers.isShipped("admin", "Admin"));
        assertFalse(ShippedUsers.isShipped("alice", "alice"));
        assertFalse(ShippedUsers.isShipped("admin", null));
    }

    @Test
    void logTextHasNoLineBreaksAndStaysShort() {
        assertEquals("admin?? fake entry", LogText.of("admin\r\n fake entry"));
        assertEquals(65, LogText.of("x".repeat(1000)).length());
    }
}
