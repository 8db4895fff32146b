package org.ordo.itests.support;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features the distribution boots, each with one path per JAX-RS resource it publishes. A feature
 * is ready only when all of them answer: the whiteboard publishes resources one by one.
 */
public enum Capability {
    CORE("/customers?size=1", "/products?size=1", "/orders?size=1", "/dashboard", "/shopping-lists/0", "/quotes/0",
            "/carts/0"),
    LIFECYCLE("/orders/0/actions", "/orders/0/history", "/orders/0/items/events/ship"),
    PROMOTIONS("/promotions", "/orders/0/coupons", "/orders/0/discounts"),
    RECLAMATIONS("/reclamations", "/orders/0/reclamations"),
    COMMENTS("/orders/0/comments"),
    ATTACHMENTS("/orders/0/attachments", "/attachments/0"),
    EMAIL("/email-templates", "/orders/0/emails"),
    SHIPPING("/shipping-methods", "/carriers", "/orders/0/shipments", "/shipments/0");

    private final String[] paths;

    Capability(String... paths) {
        this.paths = paths;
    }

    /** The Karaf feature that installs it. */
    public String feature() {
        return "ordo-" + name().toLowerCase(Locale.ROOT);
    }

    public static void await(Capability... capabilities) {
        Api.awaitEndpoints(paths(capabilities));
    }

    /** One path per resource of each capability; all of them when none is named. */
    public static String[] paths(Capability... capabilities) {
        Capability[] chosen = capabilities.length == 0 ? values() : capabilities;
        return Arrays.stream(chosen).flatMap(c -> Arrays.stream(c.paths)).toArray(String[]::new);
    }
}
