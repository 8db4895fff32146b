package org.ordo.lifecycle.rest;

import java.util.ArrayList;
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

import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.OrdoRest;
import org.ordo.lifecycle.internal.Lifecycle;
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
    private static final int MAX_ORDERS = 500;

    private final Lifecycle lifecycle;

    @Activate
    public BulkActionsResource(@Reference Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static class BulkRequest {
        public List<String> orderIds;
        public String comment;
    }

    @POST
    @Path("{name}")
    public Map<String, Object> perform(@PathParam("name") String name, BulkRequest request,
            @Context SecurityContext security) {
        if (request == null || request.orderIds == null || request.orderIds.isEmpty()) {
            throw new ValidationException("orderIds", "is required: the ids of the orders to act on");
        }
        if (request.orderIds.size() > MAX_ORDERS) {
            throw new ValidationException("orderIds", "at most " + MAX_ORDERS + " orders at once");
        }
        String actor = security.getUserPrincipal().getName();
        List<Map<String, Object>> results = new ArrayList<>();
        for (String orderId : request.orderIds) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("orderId", orderId);
            try {
                result.put("order", lifecycle.perform(orderId, name, request.comment, null, actor, false).order());
                result.put("status", 200);
            } catch (NotFoundException unknownActionOrOrder) {
                result.put("status", 404);
                result.put("detail", unknownActionOrOrder.detail());
            } catch (ProblemException refused) {
                result.put("status", refused.status());
                result.put("detail", refused.detail());
                result.putAll(refused.properties());
            }
            results.add(result);
        }
        return Map.of("results", results);
    }
}
