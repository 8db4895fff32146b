package org.ordo.attachments.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Ordo attachments", description = "Where attached files are kept, and how large they may be")
public @interface AttachmentsConfig {
    String PID = "org.ordo.attachments";

    @AttributeDefinition(description = "Largest file accepted, in bytes (20 MiB by default)", min = "1")
    long maxSizeBytes() default 20L * 1024 * 1024;

    @AttributeDefinition(description = "Folder of the stored files; empty means ${karaf.data}/ordo-attachments. "
            + "Nodes sharing one database must share this folder too.")
    String directory() default "";

    @AttributeDefinition(description = "Delete stored files no attachment refers to (otherwise only report them)")
    boolean repairOrphans() default true;

    @AttributeDefinition(description = "A file younger than this may still be an upload in progress: never an orphan")
    long orphanGraceSeconds() default 3600;
}
