package org.ordo.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(42 * SECOND);

    private LoginThrottle throttle(int perUser, int perAddress, int tracked) {
        return new LoginThrottle(perUser, perAddress, 60, tracked, now::get);
    }

    @Test
    void aUserIsRefusedOnceItsFailuresReachTheThresholdUntilTheWindowEnds() {
        LoginThrottle throttle = throttle(3, 100, 1000);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.refusal("admin", "10.0.0.1").isEmpty(), "try " + i);
            throttle.failed("admin", "10.0.0.1");
            now.addAndGet(SECOND);
        }
        // From any address, with any password: the name is refused without a login
        LoginThrottle.Refusal refusal = throttle.refusal("admin", "10.0.0.2").orElseThrow();
        assertEquals(57, refusal.retryAfterSeconds());
        assertTrue(refusal.reason().contains("3 failed logins for this user"), refusal.reason());
        assertTrue(throttle.refusal("agent", "10.0.0.1").isEmpty(), "another user from the same address");
        now.addAndGet(56 * SECOND);
        assertEquals(1, throttle.refusal("admin", "10.0.0.2").orElseThrow().retryAfterSeconds());
        now.addAndGet(SECOND);
        assertTrue(throttle.refusal("admin", "10.0.0.2").isEmpty(), "the window has passed");
    }

    @Test
    void aNewWindowStartsAfterTheOldOneWithItsOwnCount() {
        LoginThrottle throttle = throttle(2, 100, 1000);
        throttle.failed("admin", "a");
        now.addAndGet(61 * SECOND);
        throttle.failed("admin", "a");
        assertTrue(throttle.refusal("admin", "a").isEmpty(), "one failure in this window");
        throttle.failed("admin", "a");
        assertTrue(throttle.refusal("admin", "a").isPresent());
    }

    @Test
    void onlyTheFirstRefusalOfAWindowIsToldAsFirst() {
        LoginThrottle throttle = throttle(1, 100, 1000);
        throttle.failed("admin", "a");
        assertTrue(throttle.refusal("admin", "a").orElseThrow().first());
        assertFalse(throttle.refusal("admin", "b").orElseThrow().first());
    }

    @Test
    void aSuccessClearsItsUsersCountButNotItsAddresss() {
        LoginThrottle throttle = throttle(3, 4, 1000);
        throttle.failed("admin", "a");
        throttle.failed("admin", "a");
        throttle.succeeded("admin");
        throttle.failed("admin", "a");
        throttle.failed("admin", "a");
        assertTrue(throttle.refusal("admin", "b").isEmpty(), "two failures since the success");
        Optional<LoginThrottle.Refusal> byAddress = throttle.refusal("viewer", "a");
        assertTrue(byAddress.orElseThrow().reason().contains("4 failed logins for this address"));
    }

    @Test
    void anAddressScanningManyNamesIsRefused() {
        LoginThrottle throttle = throttle(3, 5, 1000);
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.refusal("someone-else", "10.0.0.9").isPresent());
        assertTrue(throttle.refusal("someone-else", "10.0.0.8").isEmpty());
    }

    @Test
    void zeroSwitchesACountOff() {
        LoginThrottle throttle = throttle(0, 0, 1000);
        for (int i = 0; i < 100; i++) {
            throttle.failed("admin", "a");
        }
        assertTrue(throttle.refusal("admin", "a").isEmpty());
        assertEquals(0, throttle.tracked());
    }

    @Test
    void memoryIsBoundedAndARefusedNameSurvivesAScannerRotatingNamesAndAddresses() {
        LoginThrottle throttle = throttle(3, 3, 100);
        for (int i = 0; i < 3; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("scan-" + i + "-" + "x".repeat(5_000), "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
            assertTrue(throttle.tracked() <= 200);
        }
        assertTrue(throttle.refusal("admin", "10.9.9.9").isPresent(), "still locked after 100,000 other names");
    }

    @Test
    void aLongNameIsCountedByItsBeginning() {
        LoginThrottle throttle = throttle(2, 100, 1000);
        String prefix = "n".repeat(LoginThrottle.MAX_NAME);
        throttle.failed(prefix + "1", "a");
        throttle.failed(prefix + "2", "b");
        assertTrue(throttle.refusal(prefix + "3", "c").isPresent());
    }
}
