package org.ordo.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void aValueBelowItsMinimumIsRefusedNamingConfigurationAndSetting() {
        assertEquals(5, Settings.atLeast("org.ordo.x", "size", 5, 1));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Settings.atLeast("org.ordo.x", "size", -5L, 1L));
        assertEquals("org.ordo.x: size must be at least 1, not -5", refused.getMessage());
    }
}
