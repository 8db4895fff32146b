package org.ordo.core.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.ordo.api.dashboard.DashboardCounter;
import org.ordo.api.rest.OrdoRest;
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

/** {@code GET /dashboard}: one entry per {@link DashboardCounter} installed right now. */
@Component(service = DashboardResource.class)
@JaxrsResource
@JaxrsName("ordo.dashboard")
@JaxrsApplicationSelect(OrdoRest.APPLICATION_SELECT)
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardResource.class);

    private final List<DashboardCounter> counters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCounter(DashboardCounter counter) {
        counters.add(counter);
    }

    void removeCounter(DashboardCounter counter) {
        counters.remove(counter);
    }

    @GET
    public Map<String, Object> dashboard() {
        Map<String, Object> entries = new TreeMap<>();
        for (DashboardCounter counter : counters) {
            try {
                entries.put(counter.name(), counter.value());
            } catch (RuntimeException e) {
                LOG.error("Dashboard counter {} failed; left out", counter.name(), e);
            }
        }
        return entries;
    }
}
