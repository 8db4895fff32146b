package org.ordo.reclamations.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /reclamations}: every claim, filtered by status and order; closing one with a resolution. */
@Component(service = ReclamationsResource.class)
@JaxrsResource
@JaxrsName("ordo.reclamations")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("reclamations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReclamationsResource {
    private final Reclamations reclamations;

    @Activate
    public ReclamationsResource(@Reference Reclamations reclamations) {
        this.reclamations = reclamations;
    }

    public static class CloseRequest {
        public String resolution;
    }

    @GET
    public Page<ReclamationDTO> list(@QueryParam("status") String status, @QueryParam("orderId") String orderId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return reclamations.list(status, orderId, PageRequest.parse(page, size));
    }

    @GET
    @Path("{id}")
    public ReclamationDTO get(@PathParam("id") String id) {
        return reclamations.get(id);
    }

    @POST
    @Path("{id}/close")
    public ReclamationDTO close(@PathParam("id") String id, CloseRequest request, @Context SecurityContext security) {
        return reclamations.close(id, request == null ? null : request.resolution, security.getUserPrincipal().getName());
    }
}
