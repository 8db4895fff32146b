package org.ordo.shipping.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Role;
import org.ordo.shipping.internal.ShippingMethodDTO;
import org.ordo.shipping.internal.ShippingMethods;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /shipping-methods}: the delivery options agents choose from; admins manage them. */
@Component(service = ShippingMethodsResource.class)
@JaxrsResource
@JaxrsName("ordo.shipping-methods")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("shipping-methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShippingMethodsResource {
    private final ShippingMethods methods;

    @Activate
    public ShippingMethodsResource(@Reference ShippingMethods methods) {
        this.methods = methods;
    }

    /** A page of the methods, by code: see {@link ArrayPages}. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return ArrayPages.response(methods.list(ArrayPages.request(page, size)), uri);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        ShippingMethodDTO method = methods.get(code);
        return Response.ok(method).header(HttpHeaders.ETAG, EntityVersions.etag(method.version)).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(ShippingMethodDTO method, @Context UriInfo uri) {
        ShippingMethodDTO created = methods.create(required(method));
        return Response.created(uri.getBaseUriBuilder().path("shipping-methods").path(created.code).build())
                .header(HttpHeaders.ETAG, EntityVersions.etag(created.version)).entity(created).build();
    }

    /** Replaces the method: a {@code freeAbove} left out is removed. */
    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response replace(@PathParam("code") String code, ShippingMethodDTO method,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ShippingMethodDTO replaced = methods.replace(code, required(method), EntityVersions.fromIfMatch(ifMatch));
        return Response.ok(replaced).header(HttpHeaders.ETAG, EntityVersions.etag(replaced.version)).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("code") String code) {
        methods.delete(code);
        return Response.noContent().build();
    }

    private static ShippingMethodDTO required(ShippingMethodDTO body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }
}
