package org.ordo.rest.internal.limit;

import java.util.Arrays;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.ordo.api.config.Settings;
import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.rest.OrdoRest;
import org.ordo.rest.internal.Extensions;
import org.ordo.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Refuses a JSON body over the limit with 413: at once when {@code Content-Length} says so, or as soon
 * as a chunked body passes it, before anything is parsed or written. Uploads of files are not JSON
 * and keep their own limits.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.ordo.rest.limits")
@Designate(ocd = BodyLimitFilter.Config.class)
@JaxrsExtension
@JaxrsName(Extensions.BODY_LIMIT)
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHORIZATION + 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    @ObjectClassDefinition(name = "Ordo REST limits")
    public @interface Config {
        @AttributeDefinition(description = "Largest JSON request body accepted, in bytes")
        long maxJsonBytes() default 1024 * 1024;
    }

    private final long maxJsonBytes;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public BodyLimitFilter(Config config) {
        this.maxJsonBytes = Settings.atLeast("org.ordo.rest.limits", "maxJsonBytes", config.maxJsonBytes(), 1);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!readAsJson(request.getMediaType())) {
            return;
        }
        if (request.getLength() > maxJsonBytes) {
            request.abortWith(Problems.response(new PayloadTooLargeException(maxJsonBytes)));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxJsonBytes));
        }
    }

    /** A body without a type is read as JSON only by a method that consumes nothing else. */
    private boolean readAsJson(MediaType type) {
        if (type != null) {
            return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
        }
        Consumes consumes = resourceInfo.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resourceInfo.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null || Arrays.stream(consumes.value()).allMatch(value -> value.contains("json"));
    }
}
