/**
 * The order lifecycle's extension point: order actions. Ordo's own {@code cancel},
 * {@code mark-shipped}, {@code close} and {@code archive} are services of this kind, and an
 * integrator's action is their peer. {@link org.ordo.api.lifecycle.ItemEvents} lets other bundles
 * move items through the item process.
 */
@Export
@Version("1.1.0")
package org.ordo.api.lifecycle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
