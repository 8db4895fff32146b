package org.ordo.comments.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.ordo.comments.internal.CommentDTO;
import org.ordo.comments.internal.Comments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/comments}: the team's notes on an order. */
@Component(service = OrderCommentsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-comments")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderCommentsResource {
    private final Comments comments;

    @Activate
    public OrderCommentsResource(@Reference Comments comments) {
        this.comments = comments;
    }

    @POST
    public Response post(@PathParam("id") String id, CommentDTO comment, @Context SecurityContext security,
            @Context UriInfo uri) {
        if (comment == null) {
            throw new ValidationException("message", "is required");
        }
        CommentDTO posted = comments.post(id, comment, security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("orders/" + posted.orderId + "/comments/" + posted.id).build())
                .entity(posted).build();
    }

    /** A page of the comments, oldest first: see {@link ArrayPages}. */
    @GET
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(comments.list(id, ArrayPages.request(page, size)), uri);
    }

    @DELETE
    @Path("{commentId}")
    public Response delete(@PathParam("id") String id, @PathParam("commentId") String commentId,
            @Context SecurityContext security) {
        comments.delete(id, commentId, security.getUserPrincipal().getName(), security.isUserInRole(Role.ADMIN.roleName()));
        return Response.noContent().build();
    }
}
