package org.ordo.lifecycle.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.ordo.api.rest.OrdoRest;
import org.ordo.lifecycle.internal.BulkActions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code POST /orders/actions/{name}}: one action on many orders, each done or refused on its own. */
@Component(service = BulkActionsResource.class)
@JaxrsResource
@JaxrsName("ordo.bulk-actions")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("orders/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkActionsResource {
    private final BulkActions bulk;

    @Activate
    public BulkActionsResource(@Reference BulkActions bulk) {
        this.bulk = bulk;
    }

    public static class BulkRequest {
        public List<String> orderIds;
        public String comment;
    }

    @POST
    @Path("{name}")
    public Map<String, Object> perform(@PathParam("name") String name, BulkRequest request,
            @Context SecurityContext security) {
        List<BulkActions.Result> results = bulk.perform(name, request == null ? null : request.orderIds,
                request == null ? null : request.comment, security.getUserPrincipal().getName());
        return Map.of("results", results.stream().map(BulkActionsResource::asJson).toList());
    }

    private static Map<String, Object> asJson(BulkActions.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", result.orderId());
        if (result.order() != null) {
            json.put("order", result.order());
        }
        json.put("status", result.status());
        if (result.detail() != null) {
            json.put("detail", result.detail());
        }
        json.putAll(result.problem());
        return json;
    }
}
