package org.ordo.api.rest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a JSON body exactly as the REST API reads request bodies (the same dialect, the same 4xx
 * problems for malformed JSON, unknown properties or wrong shapes), for a body that arrives another
 * way, such as a console command's {@code --json}. Provided by the REST bundle.
 */
@ProviderType
public interface JsonBodies {

    /** The body as {@code type}; a {@link org.ordo.api.error.ProblemException} when it cannot be read. */
    <T> T read(String json, Class<T> type);
}
