package org.ordo.shipping.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A carrier's tracking page as a URL with a {@value #PLACEHOLDER} placeholder, such as
 * {@code https://www.ups.com/track?tracknum={trackingNumber}}. The number is percent-encoded, so
 * whatever an agent typed yields one well-formed URL that names exactly that number.
 */
public final class TrackingUrlTemplate {
    public static final String PLACEHOLDER = "{trackingNumber}";

    private final String template;

    private TrackingUrlTemplate(String template) {
        this.template = template;
    }

    /** @throws IllegalArgumentException saying what is wrong with the template */
    public static TrackingUrlTemplate of(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("the tracking URL template is empty");
        }
        String trimmed = template.trim();
        if (!trimmed.startsWith("https://") && !trimmed.startsWith("http://")) {
            throw new IllegalArgumentException("the tracking URL template must start with https:// or http://: " + trimmed);
        }
        if (!trimmed.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("the tracking URL template has no " + PLACEHOLDER + ": " + trimmed);
        }
        return new TrackingUrlTemplate(trimmed);
    }

    public String expand(String trackingNumber) {
        // URLEncoder writes form encoding; a space must be %20 to mean the same in a path and a query
        String encoded = URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8).replace("+", "%20");
        return template.replace(PLACEHOLDER, encoded);
    }

    @Override
    public String toString() {
        return template;
    }
}
