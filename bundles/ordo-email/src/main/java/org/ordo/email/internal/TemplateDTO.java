package org.ordo.email.internal;

import java.time.Instant;

/** A template as the API shows it, and as {@code PUT} takes it ({@code subject}, {@code body}, {@code format}). */
public class TemplateDTO {
    public String name;
    public String subject;
    public String body;
    /** HTML (values escaped) or TEXT; a new template is TEXT unless told. */
    public String format;
    /** One of Ordo's own, which a DELETE restores. */
    public boolean builtIn;
    /** Edited by an admin: a built-in one changed, or one of the admins' own. */
    public boolean customized;
    public Instant updatedAt;
    public String updatedBy;
}
