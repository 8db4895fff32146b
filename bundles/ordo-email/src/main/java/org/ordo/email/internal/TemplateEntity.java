package org.ordo.email.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A template an admin wrote or edited; it wins over a built-in one of the same name. */
@Entity
@Table(name = "ORDO_EMAIL_TEMPLATES")
public class TemplateEntity {
    @Id
    @Column(name = "NAME", length = 64)
    String name;
    @Column(name = "SUBJECT", nullable = false, length = 1000)
    String subject;
    @Lob
    @Column(name = "BODY", nullable = false)
    String body;
    @Column(name = "FORMAT", nullable = false, length = 8)
    String format;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    String updatedBy;
    @Version
    @Column(name = "VERSION")
    long version;
}
