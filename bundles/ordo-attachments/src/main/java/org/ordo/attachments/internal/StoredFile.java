package org.ordo.attachments.internal;

/** A file safely on disk under {@code key}, with what was measured while it streamed in. */
public record StoredFile(String key, long size, String sha256) {
}
