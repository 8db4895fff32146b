package org.ordo.core.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /products}: the catalog by sku, with prices, tax rates and stock. */
@Component(service = ProductResource.class)
@JaxrsResource
@JaxrsName("ordo.products")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final Catalog catalog;

    @Activate
    public ProductResource(@Reference Catalog catalog) {
        this.catalog = catalog;
    }

    public static class StockLevel {
        public Integer quantity;
    }

    @POST
    public Response create(ProductDTO product, @Context UriInfo uri) {
        ProductDTO created = catalog.create(Responses.required(product));
        return Responses.created(uri, "products/" + created.sku, created);
    }

    @GET
    public Page<ProductDTO> search(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return catalog.search(q, PageRequest.parse(page, size));
    }

    @GET
    @Path("{sku}")
    public ProductDTO get(@PathParam("sku") String sku) {
        return catalog.get(sku);
    }

    @PUT
    @Path("{sku}/stock")
    public ProductDTO setStock(@PathParam("sku") String sku, StockLevel level) {
        return catalog.setStock(sku, Responses.required(level).quantity);
    }
}
