package org.ordo.rest.internal.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SshExposureTest {
    private static final Map<String, String> DNS = Map.of("localhost", "127.0.0.1", "ip6-localhost", "::1",
            "db.example.com", "10.1.2.3");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!address.matches("[0-9a-f:.]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @Test
    void sshOnLoopbackOnlyIsNotExposed() {
        for (String host : List.of("127.0.0.1", "localhost", "::1", "localhost, ip6-localhost", "no-such-host")) {
            assertEquals(List.of(), SshExposureCheck.beyondLoopback(host, SshExposureTest::resolve), host);
        }
    }

    @Test
    void anyHostBeyondLoopbackIsNamed() {
        assertEquals(List.of("0.0.0.0"), SshExposureCheck.beyondLoopback("0.0.0.0", SshExposureTest::resolve));
        assertEquals(List.of("::"), SshExposureCheck.beyondLoopback("::", SshExposureTest::resolve));
        assertEquals(List.of("db.example.com"),
                SshExposureCheck.beyondLoopback("127.0.0.1,db.example.com", SshExposureTest::resolve));
        assertEquals(List.of("every interface"), SshExposureCheck.beyondLoopback(" ", SshExposureTest::resolve));
    }

    @Test
    void theWarningSaysWhetherTheShippedPasswordsWorkFromElsewhere() {
        assertNull(SshExposureCheck.warning("0.0.0.0", "karaf", List.of()));
        String guarded = SshExposureCheck.warning("0.0.0.0", RemoteRealm.NAME, List.of("admin"));
        assertTrue(guarded.contains("refuses those passwords from other machines"), guarded);
        String open = SshExposureCheck.warning("0.0.0.0", "karaf", List.of("admin"));
        assertTrue(open.contains("from ANY machine") && open.contains("sshRealm = ordo-remote"), open);
    }

    @Test
    void theHostOfAClientIsReadAsKarafWritesIt() {
        assertEquals("10.0.0.5", ShippedPasswordGuard.hostOf("/10.0.0.5:40022"));
        assertEquals("10.0.0.5", ShippedPasswordGuard.hostOf("client.example.com/10.0.0.5:40022"));
        assertEquals("0:0:0:0:0:0:0:1", ShippedPasswordGuard.hostOf("/[0:0:0:0:0:0:0:1]:40022"));
        assertEquals("0:0:0:0:0:0:0:1", ShippedPasswordGuard.hostOf("0:0:0:0:0:0:0:1"));
        assertEquals("127.0.0.1", ShippedPasswordGuard.hostOf("127.0.0.1"));
        assertEquals("", ShippedPasswordGuard.hostOf(null));
    }
}
