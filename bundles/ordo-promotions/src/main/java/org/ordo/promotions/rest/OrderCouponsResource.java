package org.ordo.promotions.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.OrdoRest;
import org.ordo.promotions.internal.Redemptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/coupons}: coupon codes on an open order, each refusal with its reason. */
@Component(service = OrderCouponsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-coupons")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderCouponsResource {
    private final Redemptions redemptions;

    @Activate
    public OrderCouponsResource(@Reference Redemptions redemptions) {
        this.redemptions = redemptions;
    }

    public static class CodeRequest {
        public String code;
    }

    @POST
    public OrderDTO apply(@PathParam("id") String id, CodeRequest request, @Context SecurityContext security) {
        return redemptions.apply(id, request == null ? null : request.code, security.getUserPrincipal().getName());
    }

    @DELETE
    @Path("{code}")
    public OrderDTO remove(@PathParam("id") String id, @PathParam("code") String code, @Context SecurityContext security) {
        return redemptions.remove(id, code, security.getUserPrincipal().getName());
    }
}
