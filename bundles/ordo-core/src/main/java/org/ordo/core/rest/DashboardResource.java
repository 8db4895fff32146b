package org.ordo.core.rest;

import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.ordo.api.dashboard.DashboardCounter;
import org.ordo.api.registry.Keyed;
import org.ordo.api.rest.OrdoRest;
import org.ordo.core.internal.dashboard.DashboardCounters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /dashboard}: one entry per {@link DashboardCounter} installed right now. */
@Component(service = DashboardResource.class)
@JaxrsResource
@JaxrsName("ordo.dashboard")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardResource.class);

    private final DashboardCounters counters;

    @Activate
    public DashboardResource(@Reference DashboardCounters counters) {
        this.counters = counters;
    }

    @GET
    public Map<String, Object> dashboard() {
        Map<String, Object> entries = new TreeMap<>();
        for (Keyed<DashboardCounter> counter : counters.all()) {
            try {
                entries.put(counter.key(), counter.service().value());
            } catch (RuntimeException e) {
                LOG.error("Dashboard counter {} failed; left out", counter.key(), e);
            }
        }
        return entries;
    }
}
