package org.ordo.rest.internal.problem;

import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.OrdoRest;
import org.ordo.rest.internal.Extensions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem document. Failures of the client keep their status; a 503 (a
 * database out of reach, a capability stopping) says when to retry; anything else is a 500 that says
 * only an error id, which the log repeats beside the stack trace.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(Extensions.PROBLEMS)
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            Response response = Problems.response(problem);
            return problem.status() == 503 ? retryLater(response) : response;
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebApplicationException(web);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Request failed, error id {}", errorId, failure);
        return Problems.response(500, "internal", "Internal server error",
                "The server could not complete the request; quote error id " + errorId + " when reporting it",
                Map.of("errorId", errorId));
    }

    private static Response retryLater(Response unavailable) {
        return Response.fromResponse(unavailable).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static Response fromWebApplicationException(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity() && Problems.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Request failed with status {}, error id {}", status, errorId, web);
            return Problems.response(status, "internal", "Internal server error",
                    "The server could not complete the request; quote error id " + errorId + " when reporting it",
                    Map.of("errorId", errorId));
        }
        Response problem = Problems.response(status, slug(status), reason(original), detail(status));
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }

    private static String reason(Response response) {
        String phrase = response.getStatusInfo().getReasonPhrase();
        return phrase == null || phrase.isBlank() ? "HTTP " + response.getStatus() : phrase;
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This resource does not support the request method; see the Allow header";
            case 406 -> "The resource cannot answer in a media type the Accept header allows; it speaks application/json";
            case 415 -> "The request body's media type is not supported here; send application/json";
            case 400 -> "The request could not be read";
            default -> "The request was refused";
        };
    }
}
