package org.ordo.promotions.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.Actors;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.OrdoRest;
import org.ordo.promotions.internal.SpecialDiscounts;
import org.ordo.promotions.internal.SpecialDiscounts.DiscountDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /orders/{id}/discounts}: special discounts an agent grants, with a reason. */
@Component(service = OrderDiscountsResource.class)
@JaxrsResource
@JaxrsName("ordo.order-discounts")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/{id}/discounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderDiscountsResource {
    private final SpecialDiscounts discounts;

    @Activate
    public OrderDiscountsResource(@Reference SpecialDiscounts discounts) {
        this.discounts = discounts;
    }

    @POST
    public Response grant(@PathParam("id") String id, DiscountDTO discount, @Context SecurityContext security,
            @Context UriInfo uri) {
        if (discount == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        DiscountDTO granted = discounts.grant(id, discount, Actors.of(security));
        return Response.created(uri.getBaseUriBuilder().path("orders/" + granted.orderId + "/discounts/" + granted.id).build())
                .entity(granted).build();
    }

    /** A page of the discounts, oldest first: see {@link ArrayPages}. */
    @GET
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return ArrayPages.response(discounts.list(id, ArrayPages.request(page, size)), uri);
    }

    @DELETE
    @Path("{discountId}")
    public Response remove(@PathParam("id") String id, @PathParam("discountId") String discountId,
            @Context SecurityContext security) {
        discounts.remove(id, discountId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
