package org.ordo.email.internal;

/** A subject and a body as they will be sent. */
public record RenderedEmail(String subject, String body, Format format) {
}
