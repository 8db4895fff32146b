package org.ordo.rest.internal.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.ordo.api.rest.OrdoRest;
import org.ordo.api.rest.Role;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}, open to anyone: whether Ordo answers and reaches its database, 503 while it
 * cannot. A load balancer polls it without credentials and learns {@code status} alone; a user of any
 * Ordo role also gets the version and the database product, which tell an attacker what to try.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsName("ordo.health")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=ordo)")
    private volatile DataSource dataSource;

    @Activate
    public HealthResource(BundleContext context) {
        String declared = context.getBundle().getHeaders().get("Ordo-Version");
        this.version = declared != null ? declared : context.getBundle().getVersion().toString();
    }

    @GET
    @PermitAll
    public Response health(@Context SecurityContext security) {
        Map<String, Object> body = new LinkedHashMap<>();
        String product = databaseProduct(dataSource);
        boolean up = product != null;
        body.put("status", up ? "UP" : "DOWN");
        if (security.getUserPrincipal() != null && security.isUserInRole(Role.VIEWER.roleName())) {
            body.put("version", version);
            body.put("database", up ? "UP" : "DOWN");
            if (up) {
                body.put("databaseProduct", product);
            }
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    private static String databaseProduct(DataSource dataSource) {
        if (dataSource == null) {
            return null;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return null;
            }
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            LOG.warn("Health check cannot reach the database: {}", e.getMessage());
            return null;
        }
    }
}
