package org.ordo.core.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** {@code /shopping-lists}: products a customer wants together, to order from. */
@Component(service = ShoppingListResource.class)
@JaxrsResource
@JaxrsName("ordo.shopping-lists")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("shopping-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShoppingListResource {
    private final OrderSources sources;

    @Activate
    public ShoppingListResource(@Reference OrderSources sources) {
        this.sources = sources;
    }

    @POST
    public Response create(SourceDTO list, @Context UriInfo uri) {
        SourceDTO created = sources.createShoppingList(Responses.required(list));
        return Responses.created(uri, "shopping-lists/" + created.id, created);
    }

    @GET
    @Path("{id}")
    public SourceDTO get(@PathParam("id") String id) {
        return sources.shoppingList(id);
    }
}
