package org.ordo.core.rest;

import java.net.URI;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.ordo.api.error.ValidationException;
import org.ordo.api.rest.EntityVersions;

/** How the core's resources answer: 201 with a Location, ETags on versioned resources. */
final class Responses {
    private Responses() {
    }

    static Response created(UriInfo uri, String path, Object entity) {
        return Response.created(location(uri, path)).entity(entity).build();
    }

    static URI location(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().path(path).build();
    }

    static Response versioned(Response.ResponseBuilder builder, long version) {
        return builder.header(HttpHeaders.ETAG, EntityVersions.etag(version)).build();
    }

    static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** A required JSON body: its absence is a 422, like any other missing field. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }
}
