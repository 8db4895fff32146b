package org.ordo.rest.internal.openapi;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.ordo.api.rest.OrdoRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /openapi.json}: an OpenAPI 3 description of the resources installed right now, read
 * from the whiteboard's runtime, so a capability's endpoints appear and vanish with its feature.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsName("ordo.openapi")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {
    private final JaxrsServiceRuntime runtime;

    @Activate
    public OpenApiResource(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @GET
    public Map<String, Object> describe() {
        return OpenApiDocument.of(runtime.getRuntimeDTO(), OrdoRest.APPLICATION_NAME);
    }
}
