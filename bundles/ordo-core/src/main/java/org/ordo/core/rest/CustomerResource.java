package org.ordo.core.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.order.AddressDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.rest.Role;
import org.ordo.api.rest.SortOrder;
import org.ordo.core.internal.Ids;
import org.ordo.core.internal.customer.CustomerInput;
import org.ordo.core.internal.customer.Customers;
import org.ordo.core.internal.order.GridQuery;
import org.ordo.core.internal.order.OrderGrid;
import org.ordo.core.internal.source.OrderSources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /customers}: customers created on the fly, found by the first letters, and their addresses. */
@Component(service = CustomerResource.class)
@JaxrsResource
@JaxrsName("ordo.customers")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final Customers customers;
    private final OrderGrid grid;
    private final OrderSources sources;

    @Activate
    public CustomerResource(@Reference Customers customers, @Reference OrderGrid grid, @Reference OrderSources sources) {
        this.customers = customers;
        this.grid = grid;
        this.sources = sources;
    }

    @POST
    public Response create(CustomerInput input, @Context UriInfo uri) {
        CustomerDTO created = customers.create(Responses.required(input));
        return Responses.versioned(Response.created(Responses.location(uri, "customers/" + created.id)).entity(created),
                created.version);
    }

    @GET
    public Page<CustomerDTO> search(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return customers.search(q, PageRequest.parse(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        CustomerDTO customer = customers.get(id);
        return Responses.versioned(Response.ok(customer), customer.version);
    }

    @PATCH
    @Path("{id}")
    public Response update(@PathParam("id") String id, CustomerInput changes,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CustomerDTO customer = customers.update(id, Responses.required(changes), EntityVersions.fromIfMatch(ifMatch));
        return Responses.versioned(Response.ok(customer), customer.version);
    }

    @POST
    @Path("{id}/addresses")
    public Response addAddress(@PathParam("id") String id, AddressDTO address, @Context UriInfo uri) {
        AddressDTO created = customers.addAddress(id, Responses.required(address));
        return Responses.created(uri, "customers/" + id + "/addresses/" + created.id, created);
    }

    /** A page of the address book, oldest first: see {@link ArrayPages}. */
    @GET
    @Path("{id}/addresses")
    public Response addresses(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context UriInfo uri) {
        return ArrayPages.response(customers.addresses(id, ArrayPages.request(page, size)), uri);
    }

    @GET
    @Path("{id}/addresses/{addressId}")
    public AddressDTO address(@PathParam("id") String id, @PathParam("addressId") String addressId) {
        return customers.address(id, addressId);
    }

    @PATCH
    @Path("{id}/addresses/{addressId}")
    public AddressDTO updateAddress(@PathParam("id") String id, @PathParam("addressId") String addressId,
            AddressDTO changes) {
        return customers.updateAddress(id, addressId, Responses.required(changes));
    }

    @DELETE
    @Path("{id}/addresses/{addressId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteAddress(@PathParam("id") String id, @PathParam("addressId") String addressId) {
        customers.deleteAddress(id, addressId);
        return Response.noContent().build();
    }

    /** The customer's previous orders, newest first. */
    @GET
    @Path("{id}/orders")
    public Page<OrderDTO> orders(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        customers.get(id);
        return grid.find(new GridQuery(null, Ids.parse("Customer", id), null, null, null, null, null, null, null,
                SortOrder.parse(sort, OrderGrid.SORTABLE, new SortOrder("createdAt", true)), PageRequest.parse(page, size)));
    }

    /** A page of the carts, the last touched first: see {@link ArrayPages}. */
    @GET
    @Path("{id}/carts")
    public Response carts(@PathParam("id") String id, @QueryParam("abandoned") boolean abandoned,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return ArrayPages.response(sources.carts(id, abandoned, ArrayPages.request(page, size)), uri);
    }
}
