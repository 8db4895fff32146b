package org.ordo.attachments.internal;

import java.io.InputStream;

/** A file arriving: the name and type its sender gave, and its bytes, not yet read. */
public record Upload(String filename, String contentType, InputStream content) {
}
