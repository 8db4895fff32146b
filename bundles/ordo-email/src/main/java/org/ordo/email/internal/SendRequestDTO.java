package org.ordo.email.internal;

/** {@code POST /orders/{id}/emails}: a template's name, or a subject and body of one's own. */
public class SendRequestDTO {
    public String template;
    public String subject;
    public String body;
    /** TEXT (default) or HTML, for a subject and body of one's own. */
    public String format;
    /** Default: the order's customer. */
    public String to;
}
