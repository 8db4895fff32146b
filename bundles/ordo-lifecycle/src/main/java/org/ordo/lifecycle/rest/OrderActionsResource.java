package org.ordo.lifecycle.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.lifecycle.internal.ActionOutcome;
import org.ordo.lifecycle.internal.Lifecycle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/actions}: what can be done to an order now, and doing it. */
@Component(service = OrderActionsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-actions")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderActionsResource {
    private final Lifecycle lifecycle;

    @Activate
    public OrderActionsResource(@Reference Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static class ActionRequest {
        public String comment;
    }

    @GET
    public List<Lifecycle.Offer> offers(@PathParam("id") String id, @QueryParam("all") boolean all) {
        return lifecycle.offers(id, all);
    }

    /** 200 with the order; with {@code ?dryRun=true}, what would happen, and nothing is written. */
    @POST
    @Path("{name}")
    public Response perform(@PathParam("id") String id, @PathParam("name") String name, ActionRequest request,
            @QueryParam("dryRun") boolean dryRun, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        String comment = request == null ? null : request.comment;
        ActionOutcome outcome = lifecycle.perform(id, name, comment, EntityVersions.fromIfMatch(ifMatch),
                security.getUserPrincipal().getName(), dryRun);
        if (dryRun) {
            return Response.ok(outcome).build();
        }
        return Response.ok(outcome.order()).header(HttpHeaders.ETAG, EntityVersions.etag(outcome.order().version)).build();
    }
}
