package org.ordo.attachments.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.FileUpload;
import org.ordo.api.rest.OrdoRest;
import org.ordo.attachments.internal.AttachmentDTO;
import org.ordo.attachments.internal.Attachments;
import org.ordo.attachments.internal.Uploads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/attachments}: upload a file to an order, list an order's files. */
@Component(service = OrderAttachmentsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-attachments")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class OrderAttachmentsResource {
    private final Attachments attachments;

    @Activate
    public OrderAttachmentsResource(@Reference Attachments attachments) {
        this.attachments = attachments;
    }

    /** A form with the field {@code file}, or the file itself as the body. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @FileUpload
    public Response upload(@PathParam("id") String id, @Context HttpHeaders headers, InputStream body,
            @Context SecurityContext security, @Context UriInfo uri) {
        AttachmentDTO attached = attachments.upload(id,
                Uploads.from(headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                        headers.getHeaderString("Content-Disposition"), headers.getLength(), body,
                        attachments.maxSizeBytes()),
                security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("attachments/" + attached.id).build()).entity(attached).build();
    }

    /** A page of the files, oldest first: see {@link ArrayPages}. */
    @GET
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(attachments.list(id, ArrayPages.request(page, size)), uri);
    }
}
