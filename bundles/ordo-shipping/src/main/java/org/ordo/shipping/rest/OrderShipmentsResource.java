package org.ordo.shipping.rest;

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
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.shipping.internal.ShipmentDTO;
import org.ordo.shipping.internal.ShipmentRequests;
import org.ordo.shipping.internal.Shipments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/shipments}: recording a shipment of an order's items, and listing them. */
@Component(service = OrderShipmentsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-shipments")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderShipmentsResource {
    private final Shipments shipments;

    @Activate
    public OrderShipmentsResource(@Reference Shipments shipments) {
        this.shipments = shipments;
    }

    @POST
    public Response create(@PathParam("id") String id, ShipmentRequests.Create request, @Context SecurityContext security,
            @Context UriInfo uri) {
        ShipmentDTO created = shipments.create(id, request == null ? new ShipmentRequests.Create() : request,
                security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("shipments").path(created.id).build())
                .header(HttpHeaders.ETAG, EntityVersions.etag(created.version)).entity(created).build();
    }

    /** A page of the shipments, oldest first: see {@link ArrayPages}. */
    @GET
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(shipments.list(id, ArrayPages.request(page, size)), uri);
    }
}
