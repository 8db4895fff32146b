/**
 * The order lifecycle's extension point: order actions. Ordo's own {@code cancel},
 * {@code mark-shipped}, {@code close} and {@code archive} are services of this kind, and an
 * integrator's action is their peer. {@link org.ordo.api.lifecycle.ItemEvents} lets other bundles
 * move items through the item process.
 *
 * <p>2.0: an action is named by its service property {@link org.ordo.api.lifecycle.OrderAction#NAME}
 * rather than by a {@code name()} method, so that the lifecycle finds it by a map lookup and an action
 * built for 1.x, which lacks the property, does not resolve instead of being silently ignored.
 */
@Export
@Version("2.0.0")
package org.ordo.api.lifecycle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
