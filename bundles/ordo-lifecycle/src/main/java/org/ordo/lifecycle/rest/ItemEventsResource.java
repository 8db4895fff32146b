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
import org.ordo.api.lifecycle.ShipmentItems;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.lifecycle.internal.Lifecycle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ShipmentItems shipments;

    @Activate
    public ItemEventsResource(@Reference Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static class ItemEventRequest {
        public List<String> itemIds;
        public String shipmentId;
        public String comment;
    }

    private List<String> shipmentItems(String orderId, ItemEventRequest body) {
        if (body.itemIds != null && !body.itemIds.isEmpty()) {
            throw new ValidationException("shipmentId", "give itemIds or a shipmentId, not both");
        }
        ShipmentItems installed = shipments;
        if (installed == null) {
            throw new ValidationException("shipmentId", "shipments are not installed; list the itemIds instead");
        }
        List<String> items = installed.itemIds(orderId, body.shipmentId).orElseThrow(
                () -> new ValidationException("shipmentId", "order " + orderId + " has no shipment " + body.shipmentId));
        if (items.isEmpty()) {
            throw new ValidationException("shipmentId", "shipment " + body.shipmentId + " holds no items");
        }
        return items;
    }

    @POST
    @Path("{event}")
    public Response fire(@PathParam("id") String id, @PathParam("event") String event, ItemEventRequest request,
            @Context SecurityContext security) {
        ItemEventRequest body = request == null ? new ItemEventRequest() : request;
        List<String> itemIds = body.shipmentId == null ? body.itemIds : shipmentItems(id, body);
        OrderDTO order = lifecycle.fireItemEvent(id, event, itemIds, body.comment, security.getUserPrincipal().getName());
        return Response.ok(order).header(HttpHeaders.ETAG, EntityVersions.etag(order.version)).build();
    }
}
