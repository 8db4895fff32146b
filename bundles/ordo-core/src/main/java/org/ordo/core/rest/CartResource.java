package org.ordo.core.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.OrdoRest;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /carts}: a customer's cart, to turn into an order or found abandoned. */
@Component(service = CartResource.class)
@JaxrsResource
@JaxrsName("ordo.carts")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("carts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {
    private final OrderSources sources;

    @Activate
    public CartResource(@Reference OrderSources sources) {
        this.sources = sources;
    }

    @POST
    public Response create(SourceDTO cart, @Context UriInfo uri) {
        SourceDTO created = sources.createCart(Responses.required(cart));
        return Responses.created(uri, "carts/" + created.id, created);
    }

    @GET
    @Path("{id}")
    public SourceDTO get(@PathParam("id") String id) {
        return sources.cart(id);
    }

    @PUT
    @Path("{id}/lines")
    public SourceDTO replaceLines(@PathParam("id") String id, List<SourceDTO.Line> lines) {
        return sources.replaceCartLines(id, Responses.required(lines));
    }
}
