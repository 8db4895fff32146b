package org.ordo.api.registry;

/** A service in force and the key it serves under, spelt as its service property declares it. */
public record Keyed<S>(String key, S service) {
}
