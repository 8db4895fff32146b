package org.ordo.shipping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrackingUrlTemplateTest {

    @Test
    void theNumberGoesWhereThePlaceholderIs() {
        assertEquals("https://www.ups.com/track?tracknum=1Z999AA10123456784",
                TrackingUrlTemplate.of("https://www.ups.com/track?tracknum={trackingNumber}").expand("1Z999AA10123456784"));
        assertEquals("https://t.example/parcels/123/status",
                TrackingUrlTemplate.of(" https://t.example/parcels/{trackingNumber}/status ").expand("123"));
    }

    @Test
    void theNumberIsPercentEncodedSoItCannotChangeTheUrl() {
        TrackingUrlTemplate template = TrackingUrlTemplate.of("https://t.example/track?n={trackingNumber}&lang=en");
        assertEquals("https://t.example/track?n=AB%2012%26lang%3Dde%2F%3F%23&lang=en", template.expand("AB 12&lang=de/?#"));
        assertEquals("https://t.example/track?n=%C3%9F%E2%9C%93&lang=en", template.expand("ß✓"));
    }

    @Test
    void aTemplateNeedsAWebAddressAndThePlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> TrackingUrlTemplate.of(null));
        assertThrows(IllegalArgumentException.class, () -> TrackingUrlTemplate.of(" "));
        assertThrows(IllegalArgumentException.class, () -> TrackingUrlTemplate.of("ftp://t.example/{trackingNumber}"));
        assertThrows(IllegalArgumentException.class, () -> TrackingUrlTemplate.of("https://t.example/track"));
    }
}
