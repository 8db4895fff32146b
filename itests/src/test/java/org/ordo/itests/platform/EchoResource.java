package org.ordo.itests.platform;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.ordo.api.error.ConflictException;
import org.ordo.api.rest.Role;

/**
 * A resource the test registers as an extension bundle would, to drive the shared REST plumbing:
 * JSON binding, roles and problem mapping.
 */
@Path("itest-echo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EchoResource {

    public static class Parcel {
        public String name;
        public Integer quantity;
        public List<Line> lines;
    }

    public static class Line {
        public String sku;
        public Integer quantity;
    }

    @POST
    public Parcel echo(Parcel parcel) {
        return parcel;
    }

    @GET
    @Path("admin")
    @RolesAllowed(Role.ADMIN_NAME)
    public Parcel adminOnly() {
        return new Parcel();
    }

    @GET
    @Path("conflict")
    public Parcel conflict() {
        throw new ConflictException("It is taken");
    }

    @GET
    @Path("failure")
    public Parcel failure() {
        throw new IllegalStateException("SELECT secret FROM internals");
    }
}
