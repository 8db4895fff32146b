package org.ordo.email.rest;

import java.util.Map;

import javax.ws.rs.Consumes;
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

import org.ordo.api.order.OrderService;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Role;
import org.ordo.email.internal.EmailDTO;
import org.ordo.email.internal.Emails;
import org.ordo.email.internal.Outbox;
import org.ordo.email.internal.SendRequestDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/emails}: queue an email about an order, and see what became of its emails. */
@Component(service = OrderEmailsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-emails")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/emails")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderEmailsResource {
    private final Emails emails;
    private final Outbox outbox;
    private final OrderService orders;

    @Activate
    public OrderEmailsResource(@Reference Emails emails, @Reference Outbox outbox, @Reference OrderService orders) {
        this.emails = emails;
        this.outbox = outbox;
        this.orders = orders;
    }

    /** 202: the email is stored in the outbox when this answers, and sent soon after; 403 for an agent's other {@code to}. */
    @POST
    public Response send(@PathParam("id") String id, SendRequestDTO request, @Context SecurityContext security) {
        EmailDTO queued = emails.send(id, request, security.getUserPrincipal().getName(),
                security.isUserInRole(Role.ADMIN.roleName()));
        return Response.accepted(Map.of("id", queued.id, "status", queued.status)).build();
    }

    /** A page of the order's emails, oldest first: see {@link ArrayPages}. */
    @GET
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(outbox.ofOrder(orders.get(id).id, ArrayPages.request(page, size)), uri);
    }
}
