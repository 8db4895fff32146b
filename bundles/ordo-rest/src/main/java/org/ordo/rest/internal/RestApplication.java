package org.ordo.rest.internal;

import javax.ws.rs.core.Application;

import org.ordo.api.rest.OrdoRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application every Ordo resource joins, at {@code /api/v1}. It is published only once
 * JSON, problem mapping and security are there, so no resource ever answers without them.
 */
@Component(service = Application.class)
@JaxrsName(OrdoRest.APPLICATION_NAME)
@JaxrsApplicationBase(OrdoRest.APPLICATION_BASE)
@JaxrsExtensionSelect({
        "(osgi.jaxrs.name=" + Extensions.JSON + ")",
        "(osgi.jaxrs.name=" + Extensions.PROBLEMS + ")",
        "(osgi.jaxrs.name=" + Extensions.AUTHENTICATION + ")",
        "(osgi.jaxrs.name=" + Extensions.AUTHORIZATION + ")",
        "(osgi.jaxrs.name=" + Extensions.BODY_LIMIT + ")"})
public class RestApplication extends Application {
}
