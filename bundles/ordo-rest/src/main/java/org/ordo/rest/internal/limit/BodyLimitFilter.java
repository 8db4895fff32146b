package org.ordo.rest.internal.limit;

import java.lang.reflect.Method;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.ordo.api.config.Settings;
import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.FileUpload;
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
 * Lets a request body in only as {@link BodyRules} allow: with a media type the resource method takes
 * (else 415), and no larger than {@code maxJsonBytes} unless the method takes {@link FileUpload file
 * uploads} (else 413: at once when {@code Content-Length} says so, or as soon as a chunked body passes
 * the limit). Nothing of the body is read here: the headers decide, and the stream is only wrapped.
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
        @AttributeDefinition(description = "Largest request body accepted, in bytes, whatever its media type; file uploads have their own limits")
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
        Method method = resourceInfo.getResourceMethod();
        boolean upload = method != null && method.isAnnotationPresent(FileUpload.class);
        long length = request.getLength();
        // Never ContainerRequestContext.hasEntity(): CXF answers it by copying the whole body aside first
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        Optional<ProblemException> refusal = BodyRules.refusal(request.getHeaderString(HttpHeaders.CONTENT_TYPE), length,
                chunked, BodyRules.consumes(method, resourceInfo.getResourceClass()), upload, maxJsonBytes);
        if (refusal.isPresent()) {
            request.abortWith(Problems.response(refusal.get()));
        } else if (!upload && BodyRules.hasBody(length, chunked)) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxJsonBytes));
        }
    }
}
