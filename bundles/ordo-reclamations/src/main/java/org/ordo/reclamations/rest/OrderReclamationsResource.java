package org.ordo.reclamations.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.OrdoRest;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code POST /orders/{id}/reclamations}: a customer's claim on all or some items of an order. */
@Component(service = OrderReclamationsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-reclamations")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/reclamations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderReclamationsResource {
    private final Reclamations reclamations;

    @Activate
    public OrderReclamationsResource(@Reference Reclamations reclamations) {
        this.reclamations = reclamations;
    }

    @POST
    public Response open(@PathParam("id") String id, ReclamationDTO claim, @Context SecurityContext security,
            @Context UriInfo uri) {
        ReclamationDTO opened = reclamations.open(id, claim == null ? new ReclamationDTO() : claim,
                security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("reclamations/" + opened.id).build()).entity(opened).build();
    }
}
