package org.ordo.api.rest;

/** Names a resource or extension uses to join the one Ordo JAX-RS application at {@code /api/v1}. */
public final class OrdoRest {
    public static final String APPLICATION_NAME = "ordo";
    public static final String APPLICATION_BASE = "api/v1";
    /** The value of {@code @JaxrsApplicationSelect} for every Ordo resource and extension. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    private OrdoRest() {
    }
}
