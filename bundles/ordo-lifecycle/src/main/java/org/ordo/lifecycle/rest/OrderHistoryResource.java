package org.ordo.lifecycle.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.order.OrderService;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.OrdoRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /orders/{id}/history}: every change of the order, oldest first. */
@Component(service = OrderHistoryResource.class)
@JaxrsResource
@JaxrsName("ordo.order-history")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
public class OrderHistoryResource {
    private final OrderService orders;

    @Activate
    public OrderHistoryResource(@Reference OrderService orders) {
        this.orders = orders;
    }

    /** A page of the changes, oldest first: see {@link ArrayPages}. */
    @GET
    public Response history(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(orders.history(id, ArrayPages.request(page, size)), uri);
    }
}
