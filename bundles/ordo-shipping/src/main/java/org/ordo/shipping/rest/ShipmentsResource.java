package org.ordo.shipping.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.shipping.internal.ShipmentDTO;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.ShipmentTracking;
import org.ordo.shipping.internal.Shipments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /shipments/{id}}: one shipment, corrections of its tracking data, and its tracking events. */
@Component(service = ShipmentsResource.class)
@JaxrsResource
@JaxrsName("ordo.shipments")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("shipments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentsResource {
    private final Shipments shipments;
    private final ShipmentTracking tracking;

    @Activate
    public ShipmentsResource(@Reference Shipments shipments, @Reference ShipmentTracking tracking) {
        this.shipments = shipments;
        this.tracking = tracking;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        return versioned(shipments.get(id));
    }

    @PATCH
    public Response correct(@PathParam("id") String id, ShipmentRequests.Correct request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        if (request == null) {
            throw new ValidationException("body", "give the carrier or trackingNumber to correct");
        }
        return versioned(tracking.correct(id, request, EntityVersions.fromIfMatch(ifMatch),
                security.getUserPrincipal().getName()));
    }

    /** Answers the shipment with the event in its place and its status after it. */
    @POST
    @Path("events")
    public Response track(@PathParam("id") String id, ShipmentRequests.Track request, @Context SecurityContext security,
            @Context UriInfo uri) {
        ShipmentDTO shipment = tracking.track(id, request == null ? new ShipmentRequests.Track() : request,
                security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("shipments").path(shipment.id).build())
                .header(HttpHeaders.ETAG, EntityVersions.etag(shipment.version)).entity(shipment).build();
    }

    private static Response versioned(ShipmentDTO shipment) {
        return Response.ok(shipment).header(HttpHeaders.ETAG, EntityVersions.etag(shipment.version)).build();
    }
}
