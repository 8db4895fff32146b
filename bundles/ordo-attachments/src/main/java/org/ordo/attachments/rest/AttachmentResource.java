package org.ordo.attachments.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Role;
import org.ordo.attachments.internal.AttachmentDTO;
import org.ordo.attachments.internal.Attachments;
import org.ordo.attachments.internal.Filenames;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /attachments/{id}}: an attachment's metadata, its content, its deletion. The content is
 * always a download, never rendered in the API's origin: {@code attachment} disposition, no sniffing,
 * and a sandbox for any browser that opens it anyway.
 */
@Component(service = AttachmentResource.class)
@JaxrsResource
@JaxrsName("ordo.attachments")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("attachments/{id}")
public class AttachmentResource {
    private final Attachments attachments;

    @Activate
    public AttachmentResource(@Reference Attachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AttachmentDTO get(@PathParam("id") String id) {
        return attachments.get(id);
    }

    @GET
    @Path("content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id, @Context Request request) throws IOException {
        Attachments.Content content = attachments.content(id);
        AttachmentDTO attachment = content.attachment();
        EntityTag tag = new EntityTag(attachment.sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        // Opened now, so a delete racing this download cannot cut it short.
        InputStream file = Files.newInputStream(content.file());
        StreamingOutput bytes = output -> {
            try (file) {
                file.transferTo(output);
            }
        };
        return Response.ok(bytes, attachment.contentType)
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, attachment.size)
                .header("Content-Disposition", Filenames.attachmentDisposition(attachment.filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @DELETE
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        attachments.delete(id, security.getUserPrincipal().getName(), security.isUserInRole(Role.ADMIN.roleName()));
        return Response.noContent().build();
    }
}
