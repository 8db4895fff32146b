package org.ordo.email.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Role;
import org.ordo.email.internal.Emails;
import org.ordo.email.internal.PreviewDTO;
import org.ordo.email.internal.TemplateDTO;
import org.ordo.email.internal.Templates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /email-templates}: read by all, written by admins, previewed for an order by agents. */
@Component(service = EmailTemplatesResource.class)
@JaxrsResource
@JaxrsName("ordo.email-templates")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("email-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailTemplatesResource {
    private final Templates templates;
    private final Emails emails;

    @Activate
    public EmailTemplatesResource(@Reference Templates templates, @Reference Emails emails) {
        this.templates = templates;
        this.emails = emails;
    }

    /** A page of the templates, the built-in ones first: see {@link ArrayPages}. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return ArrayPages.response(templates.list(ArrayPages.request(page, size)), uri);
    }

    @GET
    @Path("{name}")
    public TemplateDTO get(@PathParam("name") String name) {
        return templates.get(name);
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateDTO put(@PathParam("name") String name, TemplateDTO template, @Context SecurityContext security) {
        if (template == null) {
            throw new ValidationException("body", "is required");
        }
        return templates.put(name, template, security.getUserPrincipal().getName());
    }

    /** A built-in template is back as shipped (200 with it); an admin's own is gone (204). */
    @DELETE
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("name") String name) {
        return templates.delete(name).map(restored -> Response.ok(restored).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{name}/preview")
    public PreviewDTO preview(@PathParam("name") String name, PreviewRequest request) {
        return emails.preview(name, request == null ? null : request.orderId);
    }

    public static class PreviewRequest {
        public String orderId;
    }
}
