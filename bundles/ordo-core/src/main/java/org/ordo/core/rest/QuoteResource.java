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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.Actors;
import org.ordo.api.rest.OrdoRest;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /quotes}: requests for quote with negotiated prices that an order keeps. */
@Component(service = QuoteResource.class)
@JaxrsResource
@JaxrsName("ordo.quotes")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private final OrderSources sources;

    @Activate
    public QuoteResource(@Reference OrderSources sources) {
        this.sources = sources;
    }

    @POST
    public Response create(SourceDTO quote, @Context SecurityContext security, @Context UriInfo uri) {
        SourceDTO created = sources.createQuote(Responses.required(quote), Actors.of(security));
        return Responses.created(uri, "quotes/" + created.id, created);
    }

    @GET
    @Path("{id}")
    public SourceDTO get(@PathParam("id") String id) {
        return sources.quote(id);
    }
}
