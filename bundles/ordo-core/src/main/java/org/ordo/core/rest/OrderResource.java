package org.ordo.core.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
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

import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Actors;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.rest.Role;
import org.ordo.api.rest.SortOrder;
import org.ordo.core.internal.order.GridQuery;
import org.ordo.core.internal.order.OrderGrid;
import org.ordo.core.internal.order.OrderInput;
import org.ordo.core.internal.order.OrderPatch;
import org.ordo.core.internal.order.Orders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders}: create orders for customers, read, edit while open, delete, and the grid. */
@Component(service = OrderResource.class)
@JaxrsResource
@JaxrsName("ordo.orders")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final Orders orders;
    private final OrderGrid grid;

    @Activate
    public OrderResource(@Reference Orders orders, @Reference OrderGrid grid) {
        this.orders = orders;
        this.grid = grid;
    }

    @POST
    public Response create(OrderInput input, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context SecurityContext security, @Context UriInfo uri) {
        Orders.Created created = orders.create(Responses.required(input), Actors.of(security), idempotencyKey);
        OrderDTO order = created.order();
        Response.ResponseBuilder response = Response.created(Responses.location(uri, "orders/" + order.id)).entity(order);
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return Responses.versioned(response, order.version);
    }

    @GET
    public Page<OrderDTO> grid(@QueryParam("status") String status, @QueryParam("customerId") String customerId,
            @QueryParam("q") String q, @QueryParam("channel") String channel, @QueryParam("flag") String flag,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("minTotal") String minTotal, @QueryParam("maxTotal") String maxTotal,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        List<String> statuses = status == null || status.isBlank() ? null
                : Arrays.stream(status.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Long customer = null;
        if (customerId != null && !customerId.isBlank()) {
            customer = customerId.matches("\\d{1,18}") ? Long.valueOf(customerId) : -1L;
        }
        GridQuery query = new GridQuery(statuses, customer, q, blankToNull(channel), blankToNull(flag),
                instant(v, "createdFrom", createdFrom), instant(v, "createdTo", createdTo),
                amount(v, "minTotal", minTotal), amount(v, "maxTotal", maxTotal),
                SortOrder.parse(sort, OrderGrid.SORTABLE, new SortOrder("createdAt", true)), PageRequest.parse(page, size));
        v.throwIfAny();
        return grid.find(query);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        OrderDTO order = orders.get(id);
        return Responses.versioned(Response.ok(order), order.version);
    }

    @GET
    @Path("by-number/{number}")
    public Response byNumber(@PathParam("number") String number) {
        OrderDTO order = orders.byNumber(number);
        return Responses.versioned(Response.ok(order), order.version);
    }

    @PATCH
    @Path("{id}")
    public Response update(@PathParam("id") String id, OrderPatch patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        OrderDTO order = orders.update(id, Responses.required(patch), EntityVersions.fromIfMatch(ifMatch),
                Actors.of(security));
        return Responses.versioned(Response.ok(order), order.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        orders.delete(id, Responses.actor(security));
        return Response.noContent().build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO-8601 instant such as 2026-11-22T10:15:30Z");
            return null;
        }
    }

    private static BigDecimal amount(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            v.add(field, "must be an amount such as 19.90");
            return null;
        }
    }
}
