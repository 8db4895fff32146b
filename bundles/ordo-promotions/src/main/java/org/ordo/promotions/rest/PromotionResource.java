package org.ordo.promotions.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.rest.Role;
import org.ordo.promotions.internal.CouponDTO;
import org.ordo.promotions.internal.PromotionDTO;
import org.ordo.promotions.internal.Promotions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /promotions}: marketing's promotions and their coupon codes; changes are for admins. */
@Component(service = PromotionResource.class)
@JaxrsResource
@JaxrsName("ordo.promotions")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromotionResource {
    private final Promotions promotions;

    @Activate
    public PromotionResource(@Reference Promotions promotions) {
        this.promotions = promotions;
    }

    /** {@code {code}}, {@code {code, customerId}} for a voucher, or {@code {generate, prefix}}. */
    public static class CouponRequest {
        public String code;
        public String customerId;
        public Integer generate;
        public String prefix;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(PromotionDTO promotion, @Context UriInfo uri) {
        PromotionDTO created = promotions.create(required(promotion));
        return Response.created(uri.getBaseUriBuilder().path("promotions/" + created.id).build()).entity(created).build();
    }

    @GET
    public Page<PromotionDTO> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return promotions.list(PageRequest.parse(page, size));
    }

    @GET
    @Path("{id}")
    public PromotionDTO get(@PathParam("id") String id) {
        return promotions.get(id);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public PromotionDTO update(@PathParam("id") String id, PromotionDTO changes) {
        return promotions.update(id, required(changes));
    }

    @POST
    @Path("{id}/coupons")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addCoupons(@PathParam("id") String id, CouponRequest request, @Context UriInfo uri) {
        CouponRequest body = required(request);
        List<CouponDTO> created = promotions.addCoupons(id, body.code, body.customerId, body.generate, body.prefix);
        return Response.created(uri.getBaseUriBuilder().path("promotions/" + id + "/coupons").build())
                .entity(Map.of("coupons", created)).build();
    }

    /** Codes are money: a viewer sees a promotion's terms and usage, not the codes that redeem it. */
    @GET
    @Path("{id}/coupons")
    @RolesAllowed(Role.AGENT_NAME)
    public Page<CouponDTO> coupons(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return promotions.coupons(id, PageRequest.parse(page, size));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }
}
