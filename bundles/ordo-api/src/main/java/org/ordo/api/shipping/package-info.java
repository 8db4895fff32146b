/**
 * The shipping bundle's extension point, carriers, which turn a tracking number into a tracking URL;
 * and what it offers the other capabilities: the shipments of an order.
 *
 * <p>2.0: a carrier's code is its service property {@link org.ordo.api.shipping.Carrier#CODE} rather
 * than a {@code code()} method, so that shipping finds it by a map lookup and a carrier built for 1.x,
 * which lacks the property, does not resolve instead of being silently ignored.
 */
@Export
@Version("2.0.0")
package org.ordo.api.shipping;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
