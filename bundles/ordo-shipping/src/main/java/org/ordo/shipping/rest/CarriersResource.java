package org.ordo.shipping.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.shipping.internal.Carriers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /carriers}: the carriers shipments may name now, configured or registered by a bundle. */
@Component(service = CarriersResource.class)
@JaxrsResource
@JaxrsName("ordo.carriers")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("carriers")
@Produces(MediaType.APPLICATION_JSON)
public class CarriersResource {
    private final Carriers carriers;

    @Activate
    public CarriersResource(@Reference Carriers carriers) {
        this.carriers = carriers;
    }

    public record CarrierView(String code, String name) {
    }

    /** A page of the carriers, by code: see {@link ArrayPages}. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return ArrayPages.response(Page.slice(carriers.all().stream().map(c -> new CarrierView(c.key(), c.service().name())).toList(),
                ArrayPages.request(page, size)), uri);
    }
}
