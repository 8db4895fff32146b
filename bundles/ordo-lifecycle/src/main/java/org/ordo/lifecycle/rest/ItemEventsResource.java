package org.ordo.lifecycle.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.lifecycle.internal.Lifecycle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code POST /orders/{id}/items/events/{event}}: moves items through the item process. */
@Component(service = ItemEventsResource.class)
@JaxrsResource
@JaxrsName("ordo.item-events")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/items/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemEventsResource {
    private final Lifecycle lifecycle;

    @Activate
    public ItemEventsResource(@Reference Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static class ItemEventRequest {
        public List<String> itemIds;
        public String shipmentId;
        public String comment;
    }

    @POST
    @Path("{event}")
    public Response fire(@PathParam("id") String id, @PathParam("event") String event, ItemEventRequest request,
            @Context SecurityContext security) {
        ItemEventRequest body = request == null ? new ItemEventRequest() : request;
        if (body.shipmentId != null) {
            throw new ValidationException("shipmentId", "shipments are not installed; list the itemIds instead");
        }
        OrderDTO order = lifecycle.fireItemEvent(id, event, body.itemIds, body.comment, security.getUserPrincipal().getName());
        return Response.ok(order).header(HttpHeaders.ETAG, EntityVersions.etag(order.version)).build();
    }
}
