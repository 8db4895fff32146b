package org.ordo.comments.internal;

import java.time.Instant;

/** A comment as the API shows it, and as a request to post one. */
public class CommentDTO {
    public String id;
    public String orderId;
    public String author;
    public String message;
    public String visibility;
    public Instant createdAt;
}
